"""Writes the work station's semiannual reports for every half-year from 2022 H1 to the last one that has ended,
through the app's forms: created and saved by the 工作站, submitted by the 站长 (facts frozen), received by the office;
the last half-year stays a draft (its page computes the live facts). Prints the pages the bench measures.
"""
import http.client, re, sys, time, urllib.parse
from datetime import date, datetime
from zoneinfo import ZoneInfo

base, office_cookie, station_cookie, master_cookie = sys.argv[1:5]
host = urllib.parse.urlparse(base)
prefix = host.path.rstrip("/")  # /t/{code}: the town's pages
at = lambda path: path if path.startswith("/t/") else prefix + path  # hrefs and redirects already carry the town

class User:
    def __init__(self, cookie):
        self.conn = http.client.HTTPConnection(host.hostname, host.port)
        self.cookie = cookie
        self.token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', self.get("/roster/units")).group(1)

    def get(self, path):
        self.conn.request("GET", at(path), headers={"Cookie": self.cookie})
        r = self.conn.getresponse()
        return r.read().decode()

    def post(self, path, form):
        self.conn.request("POST", at(path), body=urllib.parse.urlencode(list(form) + [("__RequestVerificationToken", self.token)]),
                          headers={"Cookie": self.cookie, "Content-Type": "application/x-www-form-urlencoded"})
        r = self.conn.getresponse()
        body = r.read().decode()
        if r.status != 303:
            raise SystemExit(f"{path}: {r.status}\n{body[:3000]}")
        return r.getheader("Location")

office, station, master = User(office_cookie), User(station_cookie), User(master_cookie)
today = datetime.now(ZoneInfo("Asia/Shanghai")).date()  # the town's calendar, as the app decides dates
periods = [(y, h) for y in range(2022, today.year + 1) for h in ("H1", "H2")
           if (date(y, 6, 30) if h == "H1" else date(y, 12, 31)) < today]
started = time.perf_counter()
urls = []
for i, (year, half) in enumerate(periods):
    url = station.post("/reports", [("Year", str(year)), ("Half", half)])
    version = re.search(r'name="version" value="(\d+)"', station.get(url)).group(1)
    station.post(url + "/draft", [("version", version), ("Section_analysis", f"{year}年{half}全镇未成年人总体情况平稳。"),
                                  ("Section_problems", "部分村儿童主任未按期参加轮训。"), ("Section_plan", "下半年组织全体儿童主任轮训。"),
                                  ("Note_meetings", "会议均按期召开。")])
    if i < len(periods) - 1:
        master.post(url + "/submit", [])
        office.post(url + "/receive", [("ReceivedOn", today.isoformat())])
    urls.append(url)
wall = time.perf_counter() - started
print(f"reports: {len(periods)} half-years ({periods[0][0]} {periods[0][1]} .. {periods[-1][0]} {periods[-1][1]}), "
      f"{len(periods) - 1} submitted and received, 1 draft, in {wall:.1f} s")
print("SUBMITTED", urls[len(urls) // 2])
print("DRAFT", urls[-1])
