"""Loads years of meetings through the app's forms: M meetings (default 200), each held, minuted with 10 resolutions,
signed off by the 组长; every resolution gets 5 progress posts and 7 in 10 are then done. Four connections.
Prints what was loaded and the ids the bench measures.
"""
import concurrent.futures, http.client, re, sys, threading, time, urllib.parse
from datetime import date, timedelta

base, office_cookie, leader_cookie, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
host = urllib.parse.urlparse(base)
prefix = host.path.rstrip("/")  # /t/{code}: the town's pages
at = lambda path: path if path.startswith("/t/") else prefix + path  # hrefs and redirects already carry the town
local = threading.local()

class User:
    def __init__(self, cookie):
        self.cookie = cookie
        self.token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', self.get("/roster/units")).group(1)

    def conn(self):
        key = "c" + str(id(self))
        if not hasattr(local, key):
            setattr(local, key, http.client.HTTPConnection(host.hostname, host.port))
        return getattr(local, key)

    def get(self, path):
        c = self.conn(); c.request("GET", at(path), headers={"Cookie": self.cookie}); r = c.getresponse(); return r.read().decode()

    def post(self, path, fields):
        body = urllib.parse.urlencode(list(fields) + [("__RequestVerificationToken", self.token)])
        c = self.conn()
        c.request("POST", at(path), body=body, headers={"Cookie": self.cookie, "Content-Type": "application/x-www-form-urlencoded"})
        r = c.getresponse(); text = r.read().decode()
        if r.status != 303:
            raise SystemExit(f"{path}: {r.status}\n{text[:3000]}")
        return r.getheader("Location")

office, leader = User(office_cookie), User(leader_cookie)
form = office.get("/meetings/new")
convener = re.search(r'<option value="([0-9a-f-]{36})"[^>]*>叶伟（组长）', form).group(1)
page = office.get("/resolutions")
units = re.findall(r'<option value="([0-9a-f-]{36})"[^>]*>([^<]+)</option>', page)
assert len(units) >= 20, len(units)

first, last = date(2022, 2, 1), date.today() - timedelta(days=2)
step = (last - first) / count
posts = 0
lock, sign_off = threading.Lock(), threading.Lock()

def meeting(i):
    global posts
    day = first + step * i
    url = office.post("/meetings/new", [("Title", f"{day.year}年第{i + 1}次领导小组会议"), ("Kind", "Regular" if i % 3 else "AdHoc"),
        ("Date", day.isoformat()), ("Time", "09:30"), ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", convener)])
    minutes = office.get(url + "?tab=minutes")
    version = re.search(r'name="version" value="(\d+)"', minutes).group(1)
    fields = [("version", version), ("Summary", "会议研究了未成年人保护工作的重点事项。")]
    for k in range(10):
        row = f"00000000-0000-4000-8000-{i:06d}{k:06d}"
        lead = units[(i * 10 + k) % len(units)][0]
        fields += [("ResolutionRow", row), (f"ResolutionText_{row}", f"第{i + 1}次会议议定事项{k + 1}：落实困境儿童帮扶措施"),
                   (f"ResolutionLead_{row}", lead), (f"ResolutionUnits_{row}", units[(i + k + 3) % len(units)][0]),
                   (f"ResolutionDue_{row}", (day + timedelta(days=30 + 6 * k)).isoformat())]
    office.post(url + "/minutes", fields)
    office.post(url + "/minutes/submit", [])
    # Attendance is not recorded here: the convener confirms signing off without it. One sign-off at a time: the first
    # sign-offs of a year start its number register at once and one of them can answer 500 (see bench/search.py).
    with sign_off:
        leader.post(url + "/minutes/sign-off", [("ConfirmUnrecorded", "true")])
    resolutions = re.findall(r'href="((?:/t/[a-z0-9]+)?/resolutions/[0-9a-f-]{36})"', office.get(url + "?tab=resolutions"))
    n = 4
    for k, r in enumerate(dict.fromkeys(resolutions)):
        for p in range(5):
            office.post(r + "/progress", [("Text", f"第{p + 1}次进展：已完成阶段性工作。")]); n += 1
        if k % 10 < 7:
            office.post(r + "/complete", [("Evidence", "工作台账及照片")]); n += 1
    with lock:
        posts += n
    return url

wall = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    urls = list(pool.map(meeting, range(count)))
wall = time.perf_counter() - wall
print(f"loaded: {count} meetings, {count * 10} resolutions, {count * 50} progress posts; {posts} posts in {wall:.1f} s ({posts / wall:.1f}/s)")
print("MEETING", urls[len(urls) // 2])
print("UNIT", units[3][0])
