using Secretariat.Web.Features.Reports;

namespace Secretariat.Tests.Features.Reports;

public class ReportCadenceTests
{
    [Fact]
    public void Reports_remind_before_and_breach_after_the_due_day_until_received()
    {
        var h1 = new ReportObligation(2026, 1, new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 15), null, null, "/t/tgy/reports");
        Finding? On(string day, ReportObligation x) => ReportCadence.SemiannualReports(DateOnly.Parse(day), [x], new CadenceOptions()).SingleOrDefault();
        Assert.Null(On("2026-06-14", h1));
        Assert.Equal(30, On("2026-06-15", h1)!.ReminderDays);
        Assert.Equal(7, On("2026-07-08", h1)!.ReminderDays);
        Assert.Equal(Severity.Breach, On("2026-07-16", h1)!.Severity);
        Assert.Null(On("2026-07-20", h1 with { ReceivedOn = new DateOnly(2026, 7, 20) }));
        Assert.Equal(Severity.Breach, On("2026-07-19", h1 with { ReceivedOn = new DateOnly(2026, 7, 20) })!.Severity);
        Assert.Contains("已于 2026-07-14 报送，办公室尚未签收", On("2026-07-16", h1 with { SubmittedOn = new DateOnly(2026, 7, 14) })!.Explanation);
    }
}
