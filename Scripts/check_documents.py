#!/usr/bin/env python3
"""Checks of Roundtable's DOCX output with readers nobody here wrote, called by Scripts/verify-exports.

  check_documents.py audit FILE.docx                 openxml-audit reports no errors
  check_documents.py python-docx NOTES.md FILE.docx  every heading of the notes has Word's heading style
  check_documents.py pandoc NOTES.md FILE.docx       pandoc reads back every word, heading and footnote
  check_documents.py sections FILE.docx HEADING...   python-docx and pandoc both find each heading
  check_documents.py title FILE.docx TITLE           python-docx and pandoc both find TITLE as the title
  check_documents.py page FILE.docx WIDTH HEIGHT     python-docx finds pages of WIDTH x HEIGHT inches
  check_documents.py pictures FILE.docx ALT...       python-docx and pandoc both find a picture described as each ALT
  check_documents.py contents FILE HEADING...        the contents list (--toc) of FILE.docx, .fodt or .pdf holds each
                                                     HEADING in order, each linked to that heading

Each prints what it found and exits 1 when the check fails.
"""
import collections
import json
import re
import subprocess
import sys


def pandoc_json(path, reader):
    result = subprocess.run(["pandoc", "-f", reader, "-t", "json", path], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def inline_text(inlines):
    out = []
    for node in inlines:
        kind, content = node["t"], node.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind in ("Emph", "Strong", "Strikeout", "Underline", "SmallCaps", "Superscript", "Subscript"):
            out.append(inline_text(content))
        elif kind in ("Link", "Span"):
            out.append(inline_text(content[1]))
        elif kind == "Quoted":
            out.append('"' + inline_text(content[1]) + '"')
        elif kind == "Code":
            out.append(content[1])
    return "".join(out)


def walk(value, found):
    """Collects headings, footnotes, pictures' text alternatives and all words from a pandoc JSON tree."""
    if isinstance(value, dict):
        kind = value.get("t")
        if kind == "Header":
            found["headings"].append(inline_text(value["c"][2]).strip())
        if kind == "Image":
            found["images"].append(inline_text(value["c"][1]))
        if kind == "Note":
            found["notes"] += 1
        if kind in ("Str", "Code", "CodeBlock"):
            text = value["c"] if kind == "Str" else value["c"][1]
            found["words"].update(re.findall(r"\w+", text))
        for child in value.values():
            walk(child, found)
    elif isinstance(value, list):
        for child in value:
            walk(child, found)


def summary(path, reader, with_meta=False):
    """Headings, footnotes and words of a document; with_meta adds the words of the title and
    subtitle, where pandoc puts a Word document's Title and Subtitle paragraphs."""
    found = {"headings": [], "notes": 0, "images": [], "words": collections.Counter()}
    tree = pandoc_json(path, reader)
    walk(tree["blocks"], found)
    if with_meta:
        headings = list(found["headings"])
        walk([tree["meta"].get(key, {}) for key in ("title", "subtitle")], found)
        found["headings"] = headings
    return found


def audit(docx):
    result = subprocess.run(["openxml-audit", "-o", "json", "-m", "0", docx], capture_output=True, text=True)
    report = json.loads(result.stdout)[0]
    for error in report.get("errors", [])[:20]:
        print(f"{error.get('part_uri')} {error.get('path')}: {error.get('description')}")
    print(f"openxml-audit: {report.get('error_count')} errors, valid={report.get('valid')}")
    return report.get("error_count") == 0 and report.get("valid")


def check_python_docx(notes, docx):
    import docx as python_docx
    expected = [h for h in summary(notes, "markdown")["headings"]]
    document = python_docx.Document(docx)
    styled = [(p.style.name, p.text.strip()) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    titles = [text for style, text in styled if style == "Title"]
    headings = [text for style, text in styled if style.startswith("Heading")]
    # The notes' first-level heading becomes the document title; every other heading stays a heading.
    missing = [h for h in expected if h not in headings and h not in titles]
    print(f"python-docx: Title {titles}, {len(headings)} headings with Word's heading styles, {len(expected)} in the notes")
    if missing:
        print(f"headings not found with a heading style: {missing[:10]}")
    return bool(titles) and not missing


def check_pandoc(notes, docx):
    source, ours = summary(notes, "markdown"), summary(docx, "docx", with_meta=True)
    missing_words = source["words"] - ours["words"]
    missing_headings = [h for h in source["headings"][1:] if h not in ours["headings"]]
    print(f"pandoc: {sum(ours['words'].values())} words, {len(ours['headings'])} headings, {ours['notes']} footnotes read back "
          f"(notes have {sum(source['words'].values())} words, {len(source['headings'])} headings, {source['notes']} footnotes)")
    if missing_words:
        print(f"words lost: {list(missing_words.items())[:20]}")
    if missing_headings:
        print(f"headings lost: {missing_headings[:10]}")
    return not missing_words and not missing_headings and ours["notes"] == source["notes"]


def check_sections(docx, *sections):
    """Every section heading is a heading for python-docx (Word's heading styles) and for pandoc."""
    import docx as python_docx
    styled = [p.text.strip() for p in python_docx.Document(docx).paragraphs if p.style.name.startswith("Heading")]
    read = summary(docx, "docx")["headings"]
    missing = [s for s in sections if s not in styled or s not in read]
    print(f"python-docx: {len(styled)} headings; pandoc: {len(read)} headings; missing: {missing}")
    return not missing


def check_title(docx, title):
    """The document's title is Word's Title paragraph for python-docx and the title pandoc reads."""
    import docx as python_docx
    titles = [p.text.strip() for p in python_docx.Document(docx).paragraphs if p.style.name == "Title"]
    meta = pandoc_json(docx, "docx")["meta"].get("title", {})
    read = inline_text(meta.get("c", [])) if meta.get("t") == "MetaInlines" else ""
    print(f"python-docx: Title paragraphs {titles}; pandoc: title {read!r}; expected {title!r}")
    return title in titles and read.strip() == title


def check_page(docx, width, height):
    """Every section of the document is on paper of the given size, in inches, as python-docx reads it."""
    import docx as python_docx
    sizes = [(round(s.page_width.inches, 2), round(s.page_height.inches, 2)) for s in python_docx.Document(docx).sections]
    print(f"python-docx: page sizes in inches {sizes}, expected {width} x {height}")
    return bool(sizes) and all(size == (float(width), float(height)) for size in sizes)


def check_pictures(docx, *descriptions):
    """python-docx finds each picture in line with the text with its description (Word's alt text),
    and pandoc reads each back as an image with that text alternative."""
    import docx as python_docx
    from docx.enum.shape import WD_INLINE_SHAPE
    shapes = python_docx.Document(docx).inline_shapes
    described = [shape._inline.docPr.get("descr") for shape in shapes if shape.type == WD_INLINE_SHAPE.PICTURE]
    found = summary(docx, "docx")["images"]
    print(f"python-docx: {len(described)} pictures described {described}; pandoc: images with alt text {found}")
    return all(d in described and d in found for d in descriptions)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"


def report_contents(kind, entries, headings, unlinked):
    print(f"{kind}: contents entries {entries}")
    if entries != list(headings):
        print(f"expected {list(headings)}")
    if unlinked:
        print(f"entries whose link does not lead to their heading: {unlinked}")
    return entries == list(headings) and not unlinked


def contents_docx(docx, headings):
    """lxml: the entries of the filled-in TOC field in Word's "Table of Contents" content control, each
    linking to a bookmark around the heading with its words; pandoc: the entries as links, in order."""
    import zipfile
    from lxml import etree
    body = etree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    control = body.xpath("//w:sdt[w:sdtPr/w:docPartObj/w:docPartGallery/@w:val='Table of Contents']", namespaces={"w": W[1:-1]})
    if len(control) != 1:
        print(f"{len(control)} Table of Contents content controls")
        return False
    words = lambda node: "".join(node.itertext()).strip()
    instructions = "".join(control[0].itertext(W + "instrText"))
    links = control[0].iter(W + "hyperlink")
    entries, unlinked = [], []
    for link in links:
        text = "".join(t.text or "" for t in link.iter(W + "t")).strip()
        entries.append(text)
        marks = body.xpath("//w:p[w:bookmarkStart/@w:name=$name]", name=link.get(W + "anchor"), namespaces={"w": W[1:-1]})
        if len(marks) != 1 or "".join(t.text or "" for t in marks[0].iter(W + "t")).strip() != text:
            unlinked.append(text)
    print(f"lxml: TOC field {instructions.strip()!r}")
    fine = report_contents("lxml", entries, headings, unlinked) and "TOC" in instructions
    tree = pandoc_json(docx, "docx")
    found = []

    def links_in(value):
        if isinstance(value, dict):
            if value.get("t") == "Link" and value["c"][2][0].startswith("#"):
                found.append(inline_text(value["c"][1]).strip())
            for child in value.values():
                links_in(child)
        elif isinstance(value, list):
            for child in value:
                links_in(child)
    links_in(tree["blocks"])
    return report_contents("pandoc", found[:len(headings)], headings, []) and fine


def contents_fodt(fodt, headings):
    """lxml: the filled-in index body of the text:table-of-content, each entry linking to a bookmark in
    the heading with its words."""
    from lxml import etree
    root = etree.parse(fodt).getroot()
    index = list(root.iter(TEXT + "table-of-content"))
    if len(index) != 1:
        print(f"{len(index)} tables of contents")
        return False
    entries, unlinked = [], []
    for paragraph in index[0].find(TEXT + "index-body").iter(TEXT + "p"):
        link = paragraph.find(TEXT + "a")
        if link is None:
            continue
        text = "".join(link.itertext()).strip()
        entries.append(text)
        name = link.get(XLINK + "href", "").lstrip("#")
        marked = [h for h in root.iter(TEXT + "h") if any(b.get(TEXT + "name") == name for b in h.iter(TEXT + "bookmark-start"))]
        if len(marked) != 1 or "".join(marked[0].itertext()).strip() != text:
            unlinked.append(text)
    return report_contents("lxml", entries, headings, unlinked)


def contents_pdf(pdf, headings):
    """pdftotext: "Contents", then each heading in order, then each heading again in the body; and
    at least one link inside the document (a /Dest) for each entry."""
    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    if "Contents" not in lines:
        print("no line 'Contents' in the PDF")
        return False
    start = lines.index("Contents") + 1
    listed = [line for line in lines[start:start + len(headings)]]
    body = lines[start + len(headings):]
    missing = [h for h in headings if h not in body]
    destinations = len(re.findall(rb"/Dest\b", open(pdf, "rb").read()))
    print(f"pdftotext: after 'Contents' {listed}; headings not found after the list: {missing}; {destinations} links inside the document")
    return listed == list(headings) and not missing and destinations >= len(headings)


def check_contents(path, *headings):
    """The contents list that --toc writes, read back from a .docx, .fodt or a PDF LibreOffice made."""
    if path.endswith(".docx"):
        return contents_docx(path, headings)
    if path.endswith(".fodt"):
        return contents_fodt(path, headings)
    return contents_pdf(path, headings)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    checks = {"audit": audit, "python-docx": check_python_docx, "pandoc": check_pandoc, "sections": check_sections,
              "title": check_title, "page": check_page, "pictures": check_pictures, "contents": check_contents}
    if command not in checks:
        sys.exit(__doc__)
    sys.exit(0 if checks[command](*args) else 1)


if __name__ == "__main__":
    main()
