namespace HydrogenSafety.Reporting;

/// <summary>The page's inline style sheet, for screen and print.</summary>
public static partial class HtmlReportWriter
{
    private const string Css = """
        :root { --violation: #c62828; --indeterminate: #8d6e00; --error: #6a1b9a; --waived: #e69500; --pass: #2e7d32; --na: #757575; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1d; margin: 0 auto; max-width: 1100px; padding: 16px 24px; }
        h1 { font-size: 1.6em; margin: 0.2em 0; }
        h2 { border-bottom: 2px solid #333; padding-bottom: 4px; margin-top: 1.6em; }
        h2 .name { font-weight: normal; color: #555; font-size: 0.8em; }
        h4 { margin: 1.2em 0 0.4em; text-transform: capitalize; }
        h5 { margin: 0.8em 0 0.3em; font-size: 0.95em; letter-spacing: 0.05em; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
        dl.facts { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0.5em 0; }
        dl.facts div { display: flex; gap: 6px; }
        dl.facts dt { font-weight: 600; color: #555; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; margin: 0.6em 0; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
        table.summary caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
        table.summary td { text-align: right; font-variant-numeric: tabular-nums; font-size: 1.2em; }
        table.summary td.violation.some { color: #fff; background: var(--violation); }
        table.summary td.indeterminate.some { color: #fff; background: var(--indeterminate); }
        table.summary td.error.some { color: #fff; background: var(--error); }
        table.summary td.waived.some { background: #fff1d6; }
        figure.plan { margin: 1em 0; }
        figure.plan svg { max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
        figcaption { color: #555; font-size: 0.9em; }
        article.finding { border: 1px solid #ddd; border-left: 6px solid var(--na); border-radius: 4px; padding: 6px 10px; margin: 6px 0; }
        article.finding.violation { border-left-color: var(--violation); }
        article.finding.indeterminate { border-left-color: var(--indeterminate); }
        article.finding.error { border-left-color: var(--error); }
        article.finding.pass { border-left-color: var(--pass); }
        article.finding p { margin: 0.25em 0; }
        article.finding .message { font-weight: 600; }
        .badge { display: inline-block; border-radius: 3px; padding: 0 6px; font-size: 0.85em; font-weight: 600; color: #fff; background: var(--na); }
        .badge.violation { background: var(--violation); }
        .badge.indeterminate { background: var(--indeterminate); }
        .badge.error { background: var(--error); }
        .badge.pass { background: var(--pass); }
        .badge.warning { background: var(--waived); }
        .badge.status { background: #455a64; }
        .badge.sev-critical { background: #b71c1c; } .badge.sev-high { background: #e53935; } .badge.sev-medium { background: #f57c00; }
        .badge.sev-low { background: #1976d2; } .badge.sev-info { background: #607d8b; }
        ul.evidence { margin: 0.3em 0; padding-left: 1.3em; }
        ul.evidence .values { font-weight: 600; }
        ul.evidence .expr { color: #444; white-space: pre-wrap; }
        .missing { color: var(--indeterminate); }
        .error { color: var(--error); }
        .location, .source, .remediation { color: #444; font-size: 0.92em; }
        section.waivers tr.waived td { background: #fffaf0; }
        ul.warnings { padding-left: 1.2em; }
        nav ul { padding-left: 1.2em; }
        footer { margin-top: 2em; color: #666; font-size: 0.85em; border-top: 1px solid #ddd; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section.facility { break-before: page; }
          section.facility:first-of-type { break-before: auto; }
          article.finding, figure.plan, tr { break-inside: avoid; }
          h2, h3, h4, h5 { break-after: avoid; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          a[href]::after { content: " <" attr(href) ">"; font-size: 0.85em; color: #555; word-break: break-all; }
          figure.plan svg { border: none; }
          @page { margin: 14mm; }
        }

        """;
}
