#!/usr/bin/env python3
"""Kill -9 campaign client (standard library only).

  client.py burst --base URL --acked FILE --prefix P [--threads N] [--max M]
      Logs in as a demo admin, then saves agenda events through the back-office form (POST + CSRF),
      each titled with a unique marker. A write counts as acknowledged only when the portal answered
      the redirect to the agenda list (303/302): its marker is then appended to FILE and fsynced, so
      the record survives the client too. Stops at M writes, when the portal stops answering, or
      after 20 refused writes in a row (the portal answers but its database is gone).

  client.py check --base URL --acked FILE
      Logs in and reads the agenda list: prints acknowledged / found / lost, exits 1 if any is lost.
"""
import argparse
import http.cookiejar
import os
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

SLUG = "fougeres"
EMAIL = "admin@fougeres.demo"
PASSWORD = "demo-fougeres-2026"
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Session:
    def __init__(self, base):
        self.base = base.rstrip("/")
        jar = http.cookiejar.CookieJar()
        self.follow = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        self.stay = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def get(self, path):
        with self.follow.open(self.base + path, timeout=300) as r:
            return r.read().decode("utf-8")

    def post(self, path, fields):
        """The status and Location of the answer, redirects not followed."""
        data = urllib.parse.urlencode(fields).encode()
        try:
            with self.stay.open(urllib.request.Request(self.base + path, data=data), timeout=300) as r:
                return r.status, r.headers.get("Location", "")
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location", "")

    def csrf(self, path):
        match = CSRF.search(self.get(path))
        if not match:
            raise RuntimeError("no CSRF token on " + path)
        return match.group(1)

    def log_in(self):
        token = self.csrf("/admin/connexion")
        status, location = self.post("/admin/connexion", {"email": EMAIL, "motDePasse": PASSWORD, "_csrf": token})
        if status not in (302, 303) or "connexion" in location:
            raise RuntimeError("login refused: %s %s" % (status, location))


def burst(args):
    lock = threading.Lock()
    counter = {"next": 0, "acked": 0, "refused": 0, "refused_in_a_row": 0}
    acked = open(args.acked, "a")
    stop = threading.Event()

    def worker():
        try:
            session = Session(args.base)
            session.log_in()
            token = session.csrf("/admin/%s/agenda/nouvel" % SLUG)
        except Exception as e:
            print("could not start writing: %r" % e, file=sys.stderr)
            return
        while not stop.is_set():
            with lock:
                if counter["next"] >= args.max:
                    return
                counter["next"] += 1
                n = counter["next"]
            marker = "%s-%06d" % (args.prefix, n)
            fields = {"_csrf": token, "titre": marker, "categorie": "reunion", "ecole": "",
                      "dateDebut": "15/03/2027", "heureDebut": "", "dateFin": "", "heureFin": "",
                      "lieu": "", "description": "Campagne kill -9"}
            try:
                status, location = session.post("/admin/%s/agenda/nouvel" % SLUG, fields)
            except Exception:
                stop.set()  # the portal is gone: this write may or may not have landed, it was never acknowledged
                return
            if status in (302, 303) and location.rstrip("/").endswith("/admin/%s/agenda" % SLUG):
                with lock:
                    acked.write(marker + "\n")
                    acked.flush()
                    os.fsync(acked.fileno())
                    counter["acked"] += 1
                    counter["refused_in_a_row"] = 0
            else:
                with lock:
                    counter["refused"] += 1
                    counter["refused_in_a_row"] += 1
                    if counter["refused_in_a_row"] >= args.give_up:
                        stop.set()  # the portal answers but cannot write: its database is gone

    threads = [threading.Thread(target=worker) for _ in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    acked.close()
    print("burst %s: sent %d, acknowledged %d, not acknowledged %d"
          % (args.prefix, counter["next"], counter["acked"], counter["refused"]))


def check(args):
    with open(args.acked) as f:
        markers = [line.strip() for line in f if line.strip()]
    session = Session(args.base)
    session.log_in()
    page = session.get("/admin/%s/agenda" % SLUG)
    lost = [m for m in markers if m not in page]
    print("acknowledged %d, found %d, lost %d" % (len(markers), len(markers) - len(lost), len(lost)))
    for m in lost[:20]:
        print("  lost: " + m)
    return 1 if lost else 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("burst")
    b.add_argument("--base", required=True)
    b.add_argument("--acked", required=True)
    b.add_argument("--prefix", required=True)
    b.add_argument("--threads", type=int, default=8)
    b.add_argument("--max", type=int, default=100000)
    b.add_argument("--give-up", type=int, default=20, help="stop after this many refused writes in a row")
    c = sub.add_parser("check")
    c.add_argument("--base", required=True)
    c.add_argument("--acked", required=True)
    args = parser.parse_args()
    if args.command == "burst":
        burst(args)
        return 0
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
