"""The sample campaign (附件2) loaded and read through the app's own pages and forms, for bench/campaigns.

usage:
  campaigns.py load  TOWN_BASE COOKIE FILES [KB]   every task cell (item x responsible unit, read from the item pages) gets one
                                                    submission with FILES small PDFs of KB kB each (default 8) in one POST; every
                                                    negative-list cell (item x every member unit but outside bodies) a zero report
  campaigns.py big   TOWN_BASE COOKIE TARGET_MB     new versions with five bigger PDFs (1, 2, 3, 4, 5 MB: 15 MB a POST,
                                                    incompressible) on task cells in the table's order, until TARGET_MB is posted
  campaigns.py miss  TOWN_BASE COOKIE               the matrix right after a write (its cached view is stale: computed again), 5 times
  campaigns.py cells TOWN_BASE COOKIE               the matrix's cells by state (a check that the town sees its own evidence)
  campaigns.py probe TOWN_BASE COOKIE               the status of pack.zip (headers only)
  campaigns.py pack  TOWN_BASE COOKIE PID OUT [PATH]
                                                    downloads pack.zip (the office's, or PATH on the same host: the district's
                                                    /district/campaigns/{town}/{id}/pack.zip) to OUT while sampling the app's VmRSS
                                                    every 100 ms

TOWN_BASE is the town's address (http://127.0.0.1:PORT/t/tgy); COOKIE an office (办公室) account's Cookie header.
"""
import collections, http.client, os, re, statistics, sys, threading, time, urllib.parse, zipfile

CAMPAIGN = "0e5c2a1f-7a3b-4c53-9d2e-2022021500a2"  # SampleCampaign.Id
GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

mode, base, cookie = sys.argv[1], sys.argv[2], sys.argv[3]
host = urllib.parse.urlparse(base)
prefix = host.path.rstrip("/")
town = prefix.rsplit("/", 1)[-1]
conn = http.client.HTTPConnection(host.hostname, host.port, timeout=120)
campaign = f"{prefix}/campaigns/{CAMPAIGN}"


def get(path):
    conn.request("GET", path, headers={"Cookie": cookie})
    r = conn.getresponse()
    return r.status, r.read().decode()


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def token():
    return re.search(r'name="__RequestVerificationToken" value="([^"]+)"', get(f"{prefix}/roster/units")[1]).group(1)


def post(path, body, content_type, timings):
    started = time.perf_counter()
    conn.request("POST", path, body=body, headers={"Cookie": cookie, "Content-Type": content_type})
    r = conn.getresponse()
    text = r.read().decode(errors="replace")
    timings.append((time.perf_counter() - started) * 1000)
    if r.status != 303:
        raise SystemExit(f"POST {path}: {r.status}\n{text[:3000]}")


def multipart(fields, files):
    boundary = "----bench" + os.urandom(12).hex()
    out = []
    for name, value in fields:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for filename, content in files:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{filename}"\r\n'
                   f'Content-Type: application/pdf\r\n\r\n'.encode())
        out.append(content)
        out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


def small_pdf(label, kb):
    head = f"%PDF-1.4\n% bench/campaigns: {label}\n1 0 obj << /Type /Catalog >> endobj\n".encode()
    return head + b"% " + (b"x" * 70 + b"\n% ") * max(0, (kb * 1024 - len(head)) // 73) + b"\n%%EOF\n"


def big_pdf(mb):
    # Random bytes after the header: a real scan's compressed streams do not shrink in a zip either.
    return b"%PDF-1.4\n" + os.urandom(mb * 1024 * 1024 - 16) + b"\n%%EOF\n"


def cells():
    """The campaign's items from the matrix, then each item's units from its page: [(kind, item label, item id, unit id)]."""
    status, page = get(campaign)
    if status != 200:
        raise SystemExit(f"GET {campaign}: {status}")
    items = list(dict.fromkeys(re.findall(rf'href="{re.escape(campaign)}/items/({GUID})"', page)))
    found, item_ms = [], []
    for item in items:
        started = time.perf_counter()
        status, html = get(f"{campaign}/items/{item}")
        item_ms.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"GET {campaign}/items/{item}: {status}")
        label = re.search(r"<h1>([^<]*)", html).group(1).strip()
        # The office has one form for every unit of a task item (a UnitId select, posting to .../items/{item}/evidence), not one
        # per unit: the item's units are its sections (id="unit-{unitId}"); a negative-list item's 镇责任部门 is 各单位. The bench
        # still posts to each unit's route (.../units/{unitId}/evidence or /answer), which the office may use too.
        kind = "answer" if '<td class="responsible">各单位' in html else "evidence"
        for unit in dict.fromkeys(re.findall(rf'<section class="unit-evidence" id="unit-({GUID})"', html)):
            found.append((kind, label, item, unit))
    return items, found, item_ms


def matrix_counts():
    page = get(campaign)[1]
    return collections.Counter(re.findall(r'<td class="cell [a-z-]*" data-state="(\w+)"', page))


if mode == "load":
    files, kb = int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 8
    tok = token()
    wall = time.perf_counter()
    items, found, item_ms = cells()
    task = [c for c in found if c[0] == "evidence"]
    negative = [c for c in found if c[0] == "answer"]
    evidence_ms, answer_ms, sent = [], [], 0
    for _, label, item, unit in task:
        pdfs = [(f"{label}-材料{k + 1}.pdf", small_pdf(f"{town} {item} {unit} {k + 1}", kb)) for k in range(files)]
        sent += sum(len(c) for _, c in pdfs)
        body, ct = multipart([("__RequestVerificationToken", tok), ("Text", f"基准测试：{label}印证材料。"), ("ContainsMinorsData", "no")], pdfs)
        post(f"{campaign}/items/{item}/units/{unit}/evidence", body, ct, evidence_ms)
    for _, label, item, unit in negative:
        body = urllib.parse.urlencode([("__RequestVerificationToken", tok), ("Answer", "zero"),
                                       ("Text", "经逐项梳理，本单位自2020年以来未发生此类情况。"), ("Signatory", "基准测试")])
        post(f"{campaign}/items/{item}/units/{unit}/answer", body, "application/x-www-form-urlencoded", answer_ms)
    wall = time.perf_counter() - wall
    per_item = collections.Counter(item for _, _, item, _ in task)
    busiest = per_item.most_common(1)[0]
    counts = matrix_counts()
    print(f"loaded {town}: {len(items)} items ({len({i for _, _, i, _ in task})} task, {len({i for _, _, i, _ in negative})} negative), "
          f"{len(task)} task cells x {files} files = {len(task) * files} files ({sent / 1024 / 1024:.1f} MB), {len(negative)} zero reports; "
          f"{len(task) + len(negative)} posts in {wall:.1f} s; evidence POST p50 {pct(evidence_ms, 50):.1f} ms p99 {pct(evidence_ms, 99):.1f} ms "
          f"max {max(evidence_ms):.1f} ms; answer POST p50 {pct(answer_ms, 50):.1f} ms p99 {pct(answer_ms, 99):.1f} ms; "
          f"item pages GET (first reads) p50 {pct(item_ms, 50):.1f} ms max {max(item_ms):.1f} ms")
    print(f"matrix {town}: {dict(counts)}")
    print(f"ITEM {campaign}/items/{busiest[0]} {busiest[1]}")
    unit_cells = collections.Counter(unit for _, _, _, unit in task).most_common(1)[0]
    print(f"UNIT {unit_cells[0]} {unit_cells[1]}")

elif mode == "big":
    target = float(sys.argv[4]) * 1024 * 1024
    tok = token()
    _, found, _ = cells()
    task = [c for c in found if c[0] == "evidence"]
    timings, sent, posts, n = [], 0, 0, 0
    wall = time.perf_counter()
    while sent < target:
        _, label, item, unit = task[n % len(task)]
        n += 1
        pdfs = [(f"{label}-扫描件{mb}MB.pdf", big_pdf(mb)) for mb in (1, 2, 3, 4, 5)]
        sent += sum(len(c) for _, c in pdfs)
        body, ct = multipart([("__RequestVerificationToken", tok), ("Text", f"基准测试：{label}扫描件。"), ("ContainsMinorsData", "no")], pdfs)
        post(f"{campaign}/items/{item}/units/{unit}/evidence", body, ct, timings)
        posts += 1
    wall = time.perf_counter() - wall
    print(f"big {town}: {posts} new versions on {min(n, len(task))} task cells, {posts * 5} files of 1-5 MB = {sent / 1024 / 1024:.1f} MB "
          f"in {wall:.1f} s ({sent / 1024 / 1024 / wall:.1f} MB/s); POST (15 MB each) p50 {pct(timings, 50):.0f} ms max {max(timings):.0f} ms")

elif mode == "miss":
    tok = token()
    _, found, _ = cells()
    _, label, item, unit = next(c for c in found if c[0] == "evidence")
    miss, hit, writes = [], [], []
    for k in range(5):
        body, ct = multipart([("__RequestVerificationToken", tok), ("Text", f"基准测试：补充说明 {k + 1}。")], [])
        post(f"{campaign}/items/{item}/units/{unit}/evidence", body, ct, writes)
        for timings in (miss, hit):
            started = time.perf_counter()
            status, _ = get(campaign)
            timings.append((time.perf_counter() - started) * 1000)
            if status != 200:
                raise SystemExit(f"GET {campaign}: {status}")
    print(f"matrix {town} right after a write (cache miss), one request at a time: median {statistics.median(miss):.1f} ms, "
          f"max {max(miss):.1f} ms; the next request (cached): median {statistics.median(hit):.1f} ms; the write (text only) "
          f"median {statistics.median(writes):.1f} ms (5 each)")

elif mode == "cells":
    print(f"matrix {town}: {dict(matrix_counts())}")

elif mode == "probe":
    conn.request("GET", f"{campaign}/pack.zip", headers={"Cookie": cookie})
    r = conn.getresponse()
    print(r.status)
    conn.close()

elif mode == "pack":
    pid, out = sys.argv[4], sys.argv[5]
    path = sys.argv[6] if len(sys.argv) > 6 else f"{campaign}/pack.zip"
    who = "district" if path.startswith("/district/") else "office"

    def status_kb(field):
        with open(f"/proc/{pid}/status") as f:
            return int(re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.M).group(1))

    before = status_kb("VmRSS")
    try:  # resets VmHWM to the current RSS, so that the peak after the download is the download's own
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        hwm_reset = True
    except OSError:
        hwm_reset = False
    samples, done = [before], threading.Event()

    def sample():
        while not done.is_set():
            try:
                samples.append(status_kb("VmRSS"))
            except (OSError, AttributeError):
                pass
            done.wait(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.perf_counter()
    conn.request("GET", path, headers={"Cookie": cookie})
    r = conn.getresponse()
    headers_ms = (time.perf_counter() - started) * 1000
    size, first_byte = 0, None
    with open(out, "wb") as f:
        while chunk := r.read1(1 << 16):
            if first_byte is None:
                first_byte = (time.perf_counter() - started) * 1000
            size += len(chunk)
            f.write(chunk)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    hwm = status_kb("VmHWM")
    after = status_kb("VmRSS")
    if r.status != 200:
        raise SystemExit(f"GET {path}: {r.status}")
    try:
        with zipfile.ZipFile(out) as z:
            entries = z.infolist()
            bad = z.testzip()
        content = f"{len(entries)} entries, {sum(e.file_size for e in entries) / 1024 / 1024:.1f} MB uncompressed" + (f", BAD {bad}" if bad else ", CRCs ok")
    except zipfile.BadZipFile as e:
        content = f"not a valid zip: {e}"
    peak = max(samples + ([hwm] if hwm_reset else []))
    mb = size / 1024 / 1024
    print(f"pack.zip {town} ({who}): {size} bytes ({mb:.1f} MB, {content}; {r.getheader('Content-Type')}) in {wall:.2f} s = {mb / wall:.1f} MB/s, "
          f"headers after {headers_ms:.0f} ms, first body byte after {first_byte or 0:.0f} ms; app RSS before {before / 1024:.0f} MB, peak {peak / 1024:.0f} MB "
          f"({len(samples)} samples every 100 ms{', VmHWM reset before' if hwm_reset else ''}), after {after / 1024:.0f} MB; "
          f"peak growth {(peak - before) / 1024:.0f} MB = {(peak - before) / 1024 / mb * 100 if mb else float('nan'):.0f}% of the pack")
else:
    raise SystemExit(__doc__)
