/// The report's only stylesheet, inlined so the file needs nothing from the network.
enum ReportStyle {
    static let css = """
        :root { --ink: #1b1f23; --muted: #5a6270; --rule: #d6dae0; --paper: #fff; --pos: #1a7f37; --neg: #b42318; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1080px; padding: 1.5rem 1rem 3rem; color: var(--ink); background: var(--paper);
          font: 15px/1.5 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem;
          border-bottom: 2px solid var(--rule); padding-bottom: .2rem; } h3 { font-size: 1.05rem; margin: 1.4rem 0 .2rem; }
        p.meta, p.question, .note { color: var(--muted); margin: .2rem 0 .6rem; }
        nav a { margin-right: 1rem; }
        figure { margin: 0 0 1rem; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg .grid { stroke: var(--rule); stroke-width: 1; }
        svg .tick { stroke: #eef0f3; stroke-width: 1; } svg .tick.major { stroke: #c5cad1; }
        svg .ylabel { font-size: 11px; text-anchor: end; fill: var(--muted); }
        svg .xlabel { font-size: 11px; text-anchor: middle; fill: var(--muted); }
        svg .endlabel { font-size: 11px; font-weight: bold; }
        svg .statement:hover circle, svg .statement:hover rect { stroke: var(--ink); stroke-width: 2; }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .3rem 0 .8rem; padding: 0; list-style: none;
          font-size: .9rem; }
        .legend svg { vertical-align: middle; margin-right: .3rem; }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f5f6f8; }
        td.stance { white-space: nowrap; font-weight: bold; }
        .up { color: var(--pos); } .down { color: var(--neg); }
        blockquote { margin: 0; color: var(--muted); font-size: .85rem; }
        .s2 { background: #d9f2e0; } .s1 { background: #ecf8ef; } .s0 { background: #f4f4f4; }
        .s-1 { background: #fdeeee; } .s-2 { background: #f9d7d7; }
        @media (max-width: 640px) { body { font-size: 14px; padding: 1rem .5rem; } th, td { padding: .3rem; } }
        @media print { body { max-width: none; padding: 0; } nav { display: none; } h2 { break-after: avoid; }
          figure, tr { break-inside: avoid; } a { color: inherit; } .table-scroll { overflow: visible; } }
        """
}
