#!/usr/bin/env python3
"""Serves the demo on 127.0.0.1: `/` is www/, `/pkg/` is the built widget.

`/strict.html` is the demo page served with a strict Content-Security-Policy, so the widget
is seen to work without inline script or style. Nothing else is reachable.
"""
import argparse
import http.server
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".csv": "text/csv",
        ".png": "image/png",
    }

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith("/pkg/"):
            return os.path.join(ROOT, "pkg", os.path.normpath(path[len("/pkg/"):]).lstrip("./"))
        if path == "/strict.html":
            path = "/"  # the demo itself, served with the strict policy below
        rel = os.path.normpath(path.lstrip("/")) if path not in ("", "/") else "index.html"
        if rel.startswith(".."):
            rel = "index.html"
        return os.path.join(ROOT, "www", rel)

    def end_headers(self):
        if self.path.split("?", 1)[0].endswith("strict.html"):
            self.send_header("Content-Security-Policy", STRICT_CSP)
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("SERVE_QUIET") != "1":
            super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    args = ap.parse_args()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"Sundhedsråd-beregneren demo: http://127.0.0.1:{httpd.server_address[1]}/", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
