#!/usr/bin/env python3
"""Serves the demo on 127.0.0.1: `/` is www/, `/pkg/` is the built widget.

`/pkg/` is served the way a host of the widget should serve it (README, "Hosting"):
- CORS (`Access-Control-Allow-Origin: *`, `Cross-Origin-Resource-Policy: cross-origin`),
  so pages on other origins can load the module and the wasm;
- the precompressed `.br` / `.gz` file `make build` writes, when the browser accepts it
  (`Content-Encoding`, `Vary: Accept-Encoding`), and `application/wasm` for the wasm;
- an `ETag` and `Cache-Control: no-cache` (revalidate, 304 when unchanged): the file names
  are not versioned here; a host that puts each release under its own path (for example
  `/sundhedsraad/0.1.0/`) serves them `max-age=31536000, immutable` instead.

`/strict.html` is the demo page served with a strict Content-Security-Policy, so the widget
is seen to work without inline script or style and with Trusted Types enforced (its one
policy, `sundhedsraad`, allowed by name). `/tt-refused.html` enforces Trusted Types without
that name: the widget says what the page's editor must add. `--site DIR` serves DIR as `/` instead of
www/ (the package test serves a throwaway site that installed the widget from npm).
"""
import argparse
import hashlib
import http.server
import os
import re
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' {style_hash}; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types sundhedsraad"
# Trusted Types enforced, but without the widget's policy: the widget must say so.
REFUSING_CSP = "require-trusted-types-for 'script'; trusted-types other"
SITE = os.path.join(ROOT, "www")
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
PRERENDER = os.path.join(ROOT, "pkg", "prerender")
ELEMENT = re.compile(r"<sundhedsraad-beregner\b([^>]*)></sundhedsraad-beregner>")
ATTRIBUTE = re.compile(r'([\w-]+)(?:="([^"]*)")?')


def style_hash():
    """The CSP source of the prerendered widget's inline stylesheet (`make build` writes it)."""
    try:
        with open(os.path.join(PRERENDER, "style-hash.txt")) as f:
            return f.read().strip()
    except OSError:
        return ""


def include_prerendered(html, query):
    """Puts the prerendered widget (README, "Prerendered first paint") inside each empty
    `<sundhedsraad-beregner>` of a page, as a host's server-side include would: the
    fragment of the element's council and language, or of the council its URL parameter
    names (`?raad=aarhus`; the widget reads the same parameter), so the page shows the
    figures at its first paint and without JavaScript. An element with `overrides`
    shows other figures than the published ones and gets no fallback."""
    params = urllib.parse.parse_qs(query)

    def fill(match):
        attrs = {name: value for name, value in ATTRIBUTE.findall(match.group(1))}
        if "overrides" in attrs:
            return match.group(0)
        param = attrs.get("url-param", "raad").strip()
        lang = "en" if attrs.get("lang", "").strip().lower() in ("en", "en-gb", "en-us") else "da"
        for raad in ([params[param][0]] if param not in ("", "none") and param in params else []) + [attrs.get("raad") or "fyn"]:
            raad = raad.strip().lower()
            path = os.path.join(PRERENDER, f"{raad}.{lang}.html")
            if re.fullmatch(r"[a-z]+(-[a-z]+)*", raad) and os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    fragment = f.read()
                if param != "raad":
                    fragment = fragment.replace('href="?raad=', f'href="?{param}=')
                return f"<sundhedsraad-beregner{match.group(1)}>{fragment}</sundhedsraad-beregner>"
        return match.group(0)

    return ELEMENT.sub(fill, html)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".csv": "text/csv",
        ".png": "image/png",
        ".json": "application/json",
    }

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith("/pkg/"):
            return os.path.join(ROOT, "pkg", os.path.normpath(path[len("/pkg/"):]).lstrip("./"))
        if path in ("/strict.html", "/tt-refused.html"):
            path = "/"  # the demo itself, served with a policy below
        rel = os.path.normpath(path.lstrip("/")) if path not in ("", "/") else "index.html"
        if rel.startswith(".."):
            rel = "index.html"
        return os.path.join(SITE, rel)

    def is_pkg(self):
        return self.path.split("?", 1)[0].startswith("/pkg/")

    def send_head(self):
        if not self.is_pkg():
            path = self.translate_path(self.path)
            if path.endswith(".html") and os.path.isfile(path):
                return self.send_page(path)
            return super().send_head()
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404, "File not found")
            return None
        accepted = self.headers.get("Accept-Encoding", "")
        encoding, served = None, path
        for name, suffix in ENCODINGS:
            if name in accepted and os.path.isfile(path + suffix):
                encoding, served = name, path + suffix
                break
        with open(served, "rb") as f:
            body = f.read()
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        return _Body(body)

    def send_page(self, path):
        """An HTML page of the site, with the prerendered widget included."""
        with open(path, encoding="utf-8") as f:
            html = f.read()
        query = urllib.parse.urlsplit(self.path).query
        body = include_prerendered(html, query).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def end_headers(self):
        page = self.path.split("?", 1)[0]
        if page.endswith("strict.html"):
            self.send_header("Content-Security-Policy", STRICT_CSP.format(style_hash=style_hash()))
        if page.endswith("tt-refused.html"):
            self.send_header("Content-Security-Policy", REFUSING_CSP)
        if self.is_pkg():
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Cross-Origin-Resource-Policy", "cross-origin")
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Cache-Control", "no-cache")
        else:
            self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("SERVE_QUIET") != "1":
            super().log_message(fmt, *args)


class _Body:
    """A file-like body for `copyfile`."""

    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        out, self.data = (self.data, b"") if n < 0 else (self.data[:n], self.data[n:])
        return out

    def close(self):
        pass


def main():
    global SITE
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    ap.add_argument("--site", help="serve this directory as / instead of www/")
    args = ap.parse_args()
    if args.site:
        SITE = os.path.abspath(args.site)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"Sundhedsråd-beregneren demo: http://127.0.0.1:{httpd.server_address[1]}/", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
