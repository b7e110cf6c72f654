export const usage = `Usage: careers <command> [options]

Commands:
  build [--content DIR] [--out DIR] [--base-url URL]
        Every format of every entry in DIR (default: content) into the output
        folder (default: dist): feed.json and career-paths/<slug>.{md,pdf,json};
        translations in DIR/<locale>/career-paths/ into <locale>/ the same way.
        Unchanged entries are not rendered again.
        --threads N   worker threads for PDFs (default: one per core; 0 = none)
        --quiet       no progress, only problems and the summary
  lint [DIR]
        Every problem in every file of DIR (default: content) as file:line: message,
        errors and warnings (stale translations too). Exits 1 if there is any.
  mirror <base-url> <dir>
        Keeps DIR a copy of the site's published entries (<slug>.md and .json
        under career-paths/), following <base-url>/changes.json from the cursor
        stored in DIR/.careers-mirror.json. Safe to interrupt and run again.

Options:
  -h, --help     this text
  -v, --version  the version
`
