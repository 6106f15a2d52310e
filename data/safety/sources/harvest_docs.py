"""Harvest real documents installed on this machine as benign ``document`` rows.

``docs_en.jsonl`` (English):

- whole licence texts from ``/usr/share/common-licenses`` (GPL-2, GPL-3, LGPL-2.1, Apache-2.0,
  MPL-2.0, Artistic) — long rows on purpose — and passages of the other licences there;
- passages of READMEs, NEWS, FAQ, AUTHORS, TODO files under ``/usr/share/doc/*/`` (at most
  two per package; gzip files are read decompressed); for the packages that ship only a
  changelog and a copyright file, one package in three (by a hash of its name) gives one
  passage of its changelog (or copyright);
- passages of the long descriptions (``METADATA``) and of the README/LICENSE/AUTHORS files in
  ``.venv/lib/python3.11/site-packages/*.dist-info`` of the packages that
  ``data/safety/build_long.py`` did **not** harvest (its ``PACKAGES`` list is skipped).

``docs_fr.jsonl`` (French): passages of the French manual pages in ``/usr/share/man/fr``
(rendered with ``man -l``) and of ``/usr/share/gnupg/help.fr.txt``.

Passages are cut at paragraph boundaries, 300–3,000 characters (target length drawn per file
from a hash, so lengths vary); at most a few passages per file so that no package dominates.
``origin`` names the file (and the passage number). Deterministic for a given machine:
``python data/safety/sources/harvest_docs.py``.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import subprocess
from pathlib import Path

from write_public import write_jsonl

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SITE = REPO / ".venv" / "lib" / "python3.11" / "site-packages"
LICENSES = Path("/usr/share/common-licenses")
DOC = Path("/usr/share/doc")
MAN_FR = Path("/usr/share/man/fr")

WHOLE = ("GPL-2", "GPL-3", "LGPL-2.1", "Apache-2.0", "MPL-2.0", "Artistic")
# The packages whose METADATA data/safety/build_long.py already harvested (its PACKAGES).
BUILD_LONG = {"urllib3", "httpx", "rich", "requests", "termcolor", "tabulate", "soupsieve",
              "cloudpickle", "uvicorn", "starlette", "joblib", "srsly", "thinc", "spacy",
              "blis", "portalocker", "smart_open", "llama_cpp_python", "python_dotenv",
              "pypdf", "cymem", "preshed", "catalogue", "fire", "absl_py", "diskcache", "h11",
              "sortedcontainers", "threadpoolctl", "idna", "markdown_it_py", "httpcore",
              "wasabi", "confection", "cloudpathlib", "typer", "alembic", "sqlalchemy",
              "python_dateutil", "pydantic_settings"}
DOC_NAMES = re.compile(r"^(README|NEWS|changelog|AUTHORS|TODO|THANKS|copyright|FAQ|HISTORY|"
                       r"CHANGES|BUGS|CREDITS)", re.I)
MIN, MAX = 300, 3000


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _target(key: str) -> int:
    """A per-file target passage length between MIN and 2,400 characters."""
    h = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    return MIN + 100 + h % 2000


def _prose(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters >= 0.55 * len(text) and "\ufffd" not in text


def passages(text: str, key: str, limit: int) -> list[str]:
    """Cut `text` into at most `limit` passages of MIN–MAX characters at paragraph breaks."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    target = _target(key)
    out: list[str] = []
    current = ""
    for para in paras:
        if len(para) > MAX:  # one huge paragraph: cut at line breaks
            current = ""
            lines, chunk = para.splitlines(), ""
            for line in lines:
                if len(chunk) + len(line) + 1 > MAX:
                    break
                chunk = f"{chunk}\n{line}" if chunk else line
            para = chunk
        candidate = f"{current}\n\n{para}" if current else para
        if len(candidate) > MAX:
            if len(current) >= MIN and _prose(current):
                out.append(current)
            current = para if len(para) <= MAX else ""
        else:
            current = candidate
        if len(current) >= target:
            if _prose(current):
                out.append(current)
            current = ""
        if len(out) >= limit:
            break
    if len(out) < limit and len(current) >= MIN and _prose(current):
        out.append(current)
    return out[:limit]


def _row(source: str, lang: str, n: int, text: str, origin: str) -> dict:
    # the id hangs on the origin, not on the position, so that a package installed later
    # does not renumber every row after it
    del n
    digest = hashlib.sha256(origin.encode()).hexdigest()[:12]
    return {"id": f"{source}-{digest}", "text": text, "lang": lang, "label": "benign",
            "kind": "document", "direction": "input", "source": source, "origin": origin}


def english() -> list[tuple[str, str]]:
    """(text, origin) pairs of English documents."""
    out: list[tuple[str, str]] = []
    for name in WHOLE:
        path = LICENSES / name
        if path.exists():
            out.append((_read(path).strip(), f"{path} (whole)"))
    for path in sorted(LICENSES.iterdir()):
        if path.is_file() and path.name not in WHOLE and not path.is_symlink():
            for i, p in enumerate(passages(_read(path), str(path), 2)):
                out.append((p, f"{path}#{i}"))
    # /usr/share/doc: per package, README/NEWS first, then the rest; 2 passages per file,
    # 3 per package.
    order = ("readme", "news", "faq", "authors", "todo", "thanks", "changelog", "copyright")

    def rank(path: Path) -> tuple[int, str]:
        low = path.name.lower()
        return (next((i for i, o in enumerate(order) if low.startswith(o)), len(order)),
                path.name)

    for pkg in sorted(DOC.iterdir()):
        if not pkg.is_dir() or pkg.is_symlink():
            continue
        files = sorted((f for f in pkg.iterdir()
                        if f.is_file() and not f.is_symlink() and DOC_NAMES.match(f.name)),
                       key=rank)
        prose = [f for f in files if rank(f)[0] < order.index("changelog")]
        if not prose:
            # changelogs and copyright files only: keep one package in three (by hash), so
            # that Debian changelogs do not make up most of the file
            if int(hashlib.sha256(pkg.name.encode()).hexdigest()[:4], 16) % 3:
                continue
            prose = files[:1]
        taken = 0
        for path in prose:
            if taken >= 2:
                break
            try:
                text = _read(path)
            except (OSError, EOFError, gzip.BadGzipFile):
                continue
            for i, p in enumerate(passages(text, str(path), 2 - taken)):
                out.append((p, f"{path}#{i}"))
                taken += 1
    # site-packages: METADATA long descriptions and doc files of packages not in build_long.
    if SITE.exists():
        for info in sorted(SITE.glob("*.dist-info")):
            name = _norm(info.name.split("-")[0])
            if name in BUILD_LONG or name == "veilleur":  # not the project itself
                continue
            taken = 0
            meta = info / "METADATA"
            if meta.exists():
                raw = _read(meta)
                body = raw.split("\n\n", 1)[1] if "\n\n" in raw else ""
                for i, p in enumerate(passages(body, str(meta), 3)):
                    out.append((p, f"site-packages/{info.name}/METADATA#{i}"))
                    taken += 1
            extra = sorted(f for f in info.rglob("*") if f.is_file()
                           and re.match(r"(LICEN[CS]E|COPYING|AUTHORS|NOTICE|README)",
                                        f.name, re.I))
            for path in extra:
                if taken >= 4:
                    break
                for i, p in enumerate(passages(_read(path), str(path), 1)):
                    out.append((p, f"site-packages/{path.relative_to(SITE)}#{i}"))
                    taken += 1
    return out


def _render_man(path: Path) -> str:
    env = dict(os.environ, MANWIDTH="2000", LANG="fr_FR.UTF-8", LC_ALL="C.UTF-8")
    try:
        raw = subprocess.run(["man", "-l", str(path)], capture_output=True, env=env,
                             timeout=30, check=False).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.TimeoutExpired):
        return ""
    raw = re.sub(r".\x08", "", raw)  # overstrike (bold/underline)
    lines = [line.strip() for line in raw.splitlines()]
    if lines and lines[0].count("(") >= 1 and len(lines[0].split()) <= 8:
        lines = lines[1:]  # the page header
    text = "\n".join(lines)
    # join the wrapped lines of one paragraph (MANWIDTH is large, so few are wrapped)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def french() -> list[tuple[str, str]]:
    """(text, origin) pairs of French documents."""
    out: list[tuple[str, str]] = []
    if MAN_FR.exists():
        for path in sorted(MAN_FR.glob("man*/*")):
            if path.is_symlink() or not path.is_file():
                continue
            text = _render_man(path)
            for i, p in enumerate(passages(text, str(path), 3)):
                out.append((p, f"{path}#{i}"))
    help_fr = Path("/usr/share/gnupg/help.fr.txt")
    if help_fr.exists():
        for i, p in enumerate(passages(_read(help_fr), str(help_fr), 6)):
            out.append((p, f"{help_fr}#{i}"))
    return out


def _dedup(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for text, origin in pairs:
        key = " ".join(text.split()).casefold()
        if key in seen or len(text) < MIN:
            continue
        seen.add(key)
        out.append((text, origin))
    return out


def main() -> None:
    en = _dedup(english())
    fr = _dedup(french())
    write_jsonl(HERE / "docs_en.jsonl",
                [_row("docs_en", "en", i, t, o) for i, (t, o) in enumerate(en)])
    write_jsonl(HERE / "docs_fr.jsonl",
                [_row("docs_fr", "fr", i, t, o) for i, (t, o) in enumerate(fr)])
    print(f"docs_en: {len(en)} rows, docs_fr: {len(fr)} rows")


if __name__ == "__main__":
    main()
