/// The report's only stylesheet, inlined so the file needs nothing from the network; the live view's pages use it too.
public enum ReportStyle {
    public static let css = """
        :root { --ink: #1b1f23; --muted: #5a6270; --rule: #d6dae0; --paper: #fff; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1080px; padding: 1.5rem 1rem 3rem; color: var(--ink); background: var(--paper);
          font: 15px/1.5 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem;
          border-bottom: 2px solid var(--rule); padding-bottom: .2rem; } h3 { font-size: 1.05rem; margin: 1.4rem 0 .2rem; }
        p.meta, p.question, .note { color: var(--muted); margin: .2rem 0 .6rem; }
        nav a { margin-right: 1rem; }
        figure { margin: 0 0 1rem; }
        svg.chart { width: 100%; height: auto; display: block; }
        .lanes { margin: .4rem 0 .2rem; }
        .lane { display: grid; grid-template-columns: 10.5rem 1fr; align-items: center; column-gap: .6rem;
          border-top: 1px solid #eef0f3; }
        .lane .who { font-size: .85rem; line-height: 1.25; }
        .lane .who strong { display: inline-block; min-width: 2.6rem; font-size: .95rem; }
        .lane .who .name { color: var(--muted); font-size: .75rem; display: block; white-space: nowrap; overflow: hidden;
          text-overflow: ellipsis; }
        .lane .who .now { display: inline-block; font-size: .72rem; padding: 0 .35rem; border-radius: .6rem; margin-top: .1rem; }
        .lane.axis { border-top: 1px solid #c5cad1; }
        .lane.axis .ticks { position: relative; height: 1.3rem; }
        .lane.axis .ticks span { position: absolute; transform: translateX(-50%); font-size: .72rem; color: var(--muted);
          white-space: nowrap; }
        svg .level { stroke: #eef0f3; stroke-width: 1; } svg .zero { stroke: #b8bec7; stroke-width: 1; }
        svg .tick { stroke: #e3e6ea; stroke-width: 1; }
        svg .statement:hover circle, svg .statement:hover rect, svg .statement:hover path { stroke: var(--ink); stroke-width: 2.5; }
        .moves { list-style: none; padding: 0; margin: .4rem 0; }
        .moves li { margin: .3rem 0; line-height: 1.7; }
        .moves small { color: var(--muted); }
        .move { display: inline-block; min-width: 6.5rem; text-align: center; font-size: .8rem; font-weight: bold;
          border-radius: .7rem; padding: 0 .5rem; border: 1px solid var(--rule); background: #f5f6f8; }
        .move.reversed { background: #1b1f23; color: #fff; border-color: #1b1f23; }
        .move.hardened { background: #542788; color: #fff; border-color: #542788; }
        .move.softened { background: #fff; color: #542788; border-color: #998ec3; }
        .move.round-trip { background: #fff; color: #b35806; border: 1px dashed #b35806; }
        .move.new { background: #e8f1f8; color: #0b4f7c; border-color: #9cc3e0; }
        .pair { white-space: nowrap; }
        .scale { display: flex; flex-wrap: wrap; gap: 0; padding: 0; margin: .3rem 0 .6rem; list-style: none; font-size: .78rem; }
        .scale li { padding: .15rem .6rem; }
        .legend li.marks { color: var(--muted); }
        .legend li.marks svg { margin-left: .4rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .3rem 0 .8rem; padding: 0; list-style: none;
          font-size: .9rem; }
        .legend svg { vertical-align: middle; margin-right: .3rem; }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f5f6f8; }
        td.stance { white-space: nowrap; font-weight: bold; }
        blockquote { margin: 0; color: var(--muted); font-size: .85rem; }
        .links { display: block; font-size: .78rem; } .links a, table.state a { color: inherit; }
        table.state td blockquote { color: inherit; opacity: .9; }
        table.state td.unknown { color: var(--muted); text-align: center; }
        @media (max-width: 640px) { body { font-size: 14px; padding: 1rem .5rem; } th, td { padding: .3rem; }
          .lane { grid-template-columns: 1fr; } .lane .who { padding-top: .2rem; }
          .lane .who .name { display: inline; margin-right: .4rem; } .lane .who strong { min-width: 0; margin-right: .3rem; }
          .move { min-width: 0; }
          table.cards thead { display: none; } table.cards tr { display: block; border-bottom: 1px solid var(--rule); padding: .3rem 0; }
          table.cards td { display: block; border: 0; padding: .1rem .3rem; }
          table.cards td::before { content: attr(data-label) ": "; font-weight: bold; color: var(--muted); } }
        @media print { body { max-width: none; padding: 0; } nav { display: none; } h2 { break-after: avoid; }
          figure, tr { break-inside: avoid; } a { color: inherit; } .table-scroll { overflow: visible; } }
        """
}
