"""Writes progress posts into other towns while bench/towns measures one town: RATE posts a second (default 10), spread
round-robin over the towns' open resolutions, through the resolution page's form (office account of those towns,
antiforgery token), on a fixed schedule over four connections. Runs until SIGTERM, then prints how many posts were
written, the rate achieved and their latency; SIGUSR1 prints the same for the posts so far (bench/towns sends it once
the town pages are measured).

usage: towns_writer.py BASE COOKIE RATE CODE [CODE ...]
"""
import http.client, re, signal, sys, threading, time, urllib.parse

base, cookie, rate, codes = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
host = urllib.parse.urlparse(base)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
lock = threading.Lock()
timings, failures = [], []


def connect():
    return http.client.HTTPConnection(host.hostname, host.port, timeout=30)


def get(conn, path):
    conn.request("GET", path, headers={"Cookie": cookie})
    r = conn.getresponse()
    return r.status, r.read().decode()


# The open resolutions of each town (overdue: due dates are in the past) and one antiforgery token for the account.
conn = connect()
token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', get(conn, f"/t/{codes[0]}/roster/units")[1]).group(1)
targets = []
for code in codes:
    status, page = get(conn, f"/t/{code}/resolutions?status=Overdue")
    found = list(dict.fromkeys(re.findall(rf'href="(/t/{code}/resolutions/[0-9a-f-]{{36}})"', page)))
    if status != 200 or not found:
        raise SystemExit(f"{code}: no open resolutions to post progress to ({status})")
    targets.append(found)
# Interleaved: town 1's first, town 2's first, ... so consecutive posts go to different towns.
order = [t[i % len(t)] for i in range(max(len(t) for t in targets)) for t in targets]

print(f"ready: {len(codes)} towns, {sum(len(t) for t in targets)} open resolutions", flush=True)
threads = 4
interval = threads / rate
started = time.perf_counter()


def writer(k):
    c = connect()
    n = k
    due = started + k / rate
    while not stop.is_set():
        delay = due - time.perf_counter()
        if delay > 0 and stop.wait(delay):
            break
        path = order[n % len(order)] + "/progress"
        body = urllib.parse.urlencode([("Text", "基准测试：进展情况。"), ("__RequestVerificationToken", token)])
        t0 = time.perf_counter()
        try:
            c.request("POST", path, body=body, headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
            r = c.getresponse()
            r.read()
            ok = r.status == 303
        except (OSError, http.client.HTTPException) as e:
            ok, c = False, connect()
            r = e
        ms = (time.perf_counter() - t0) * 1000
        with lock:
            (timings if ok else failures).append(ms if ok else f"{path}: {getattr(r, 'status', r)}")
        n += threads
        due += interval


def report(label, done, wall):
    done = sorted(done)
    pct = lambda p: done[min(len(done) - 1, int(round(p / 100 * (len(done) - 1))))] if done else float("nan")
    print(f"{label}: {len(done)} progress posts into {len(codes)} towns in {wall:.1f} s = {len(done) / wall:.1f}/s "
          f"(p50 {pct(50):.1f} ms, p99 {pct(99):.1f} ms), {len(failures)} failed" + (f": {failures[:3]}" if failures else ""), flush=True)


def so_far(*_):
    with lock:
        done = list(timings)
    report("writer while the town pages were measured", done, time.perf_counter() - started)


signal.signal(signal.SIGUSR1, so_far)
pool = [threading.Thread(target=writer, args=(k,)) for k in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
report("writer, whole phase", timings, time.perf_counter() - started)
