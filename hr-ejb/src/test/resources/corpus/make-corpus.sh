#!/usr/bin/env bash
# Regenerates the producer corpus: the same four-page payroll document (payroll.txt: A001 on two pages, A002, the
# unknown Z999; accents and the euro sign) written by PDF producers other than this application. The PDFs are
# committed; the Java producers (PDFBox, OpenPDF, iText) are made by the tests themselves.
# Needs Debian's groff ghostscript enscript python3-reportlab python3-cairo wkhtmltopdf libreoffice-writer-nogui
# chromium poppler-utils (for the check at the end).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3 # Debian's interpreter, with Debian's reportlab and cairo modules

# pages of payroll.txt as separate lines files, and an HTML version (page-break-before on each page but the first)
"$py" - "$work" <<'PY'
import html, pathlib, sys
work = pathlib.Path(sys.argv[1])
pages = [p.strip("\n").split("\n") for p in pathlib.Path("payroll.txt").read_text("utf-8").split("\\f\n")]
rows = []
for i, lines in enumerate(pages):
    style = ' style="page-break-before: always"' if i else ""
    rows.append("".join(f"<p{style if not j else ''}>{html.escape(l)}</p>" for j, l in enumerate(lines)))
(work / "payroll.html").write_text("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Paie</title>"
    "<style>body{font-family:'Liberation Sans',sans-serif;font-size:11pt} p{margin:0 0 4pt 0;white-space:pre}</style>"
    "</head><body>" + "".join(rows) + "</body></html>", "utf-8")
# groff: no fill, one .bp per page; enscript: form feeds
(work / "payroll.roff").write_text("\n".join(".nf\n" + "\n".join(l.replace("\\", "\\\\") for l in lines) + "\n.bp"
    for lines in pages[:-1]) + "\n.nf\n" + "\n".join(pages[-1]) + "\n", "utf-8")
# enscript knows 8-bit encodings only, none with both the euro and œ (its "mac" has the old currency sign there):
# it prints "EUR" and "oe", and the test knows it
(work / "payroll.ff.txt").write_text("\f".join("\n".join(lines) + "\n" for lines in pages)
    .replace("€", "EUR").replace("œ", "oe"), "iso-8859-1")
PY

# 1. groff: Times-Roman, not embedded, a /Differences encoding
groff -Kutf8 -Tpdf "$work/payroll.roff" > groff.pdf
# 2. the same file re-distilled by Ghostscript's pdfwrite
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile=ghostscript-groff.pdf groff.pdf
# 3. enscript (PostScript, Courier, Latin-1) then ps2pdf
enscript -q -B -X 88591 -f Courier10 -o "$work/payroll.ps" "$work/payroll.ff.txt"
ps2pdf "$work/payroll.ps" enscript-ps2pdf.pdf
# 4. ReportLab: the standard Helvetica, not embedded, as report engines write it
"$py" - <<'PY'
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
pages = [p.strip("\n").split("\n") for p in open("payroll.txt", encoding="utf-8").read().split("\\f\n")]
c = canvas.Canvas("reportlab.pdf", pagesize=A4, invariant=1)
for lines in pages:
    y = 800
    for i, line in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 12 if i == 0 else 10)
        c.drawString(50, y, line)
        y -= 18
    c.showPage()
c.save()
PY
# 5. cairo: embedded font subsets
"$py" - <<'PY'
import cairo
pages = [p.strip("\n").split("\n") for p in open("payroll.txt", encoding="utf-8").read().split("\\f\n")]
surface = cairo.PDFSurface("cairo.pdf", 595, 842)
surface.set_metadata(cairo.PDF_METADATA_CREATE_DATE, "2026-12-01T00:00:00Z")
ctx = cairo.Context(surface)
for lines in pages:
    y = 60
    for i, line in enumerate(lines):
        ctx.select_font_face("Liberation Sans", cairo.FONT_SLANT_NORMAL,
                             cairo.FONT_WEIGHT_BOLD if i == 0 else cairo.FONT_WEIGHT_NORMAL)
        ctx.set_font_size(12 if i == 0 else 10)
        ctx.move_to(50, y)
        ctx.show_text(line)
        y += 18
    ctx.show_page()
surface.finish()
PY
# 6. wkhtmltopdf (Qt): embedded TrueType fonts as Type0 / Identity-H
wkhtmltopdf -q "$work/payroll.html" wkhtmltopdf.pdf
# 7. LibreOffice Writer
soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" \
    "$work/payroll.html" >/dev/null 2>&1
cp "$work/payroll.pdf" libreoffice.pdf
# 8. Chromium's print to PDF
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync "--user-data-dir=$work/chromium" --no-pdf-header-footer \
    "--print-to-pdf=chromium.pdf" "file://$work/payroll.html" >/dev/null 2>&1

for f in *.pdf; do
    printf '%-24s %s pages, %s bytes\n' "$f" "$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')" "$(stat -c %s "$f")"
done
