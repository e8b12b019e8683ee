using Secretariat.Web.Features.Adjustments;

namespace Secretariat.Tests.Features.Adjustments;

public class AdjustmentCadenceTests
{
    [Fact]
    public void Adjustments_waiting_more_than_15_days_per_stage()
    {
        var a = new AdjustmentFact(Guid.NewGuid(), "调整〔2026〕1号", Guid.NewGuid(), "建设村", AdjustmentStatus.Submitted, new DateOnly(2026, 2, 1));
        Finding? On(string day, AdjustmentFact x) => AdjustmentCadence.Waited(DateOnly.Parse(day), [x], new CadenceOptions(), new AdjustmentCadenceOptions().AdjustmentWaitDays).SingleOrDefault();
        Assert.Null(On("2026-02-16", a));
        Assert.Equal($"adjustment:{a.Id}:Submitted", On("2026-02-17", a)!.Key);
        Assert.Null(On("2026-02-20", a with { Status = AdjustmentStatus.Returned }));
        Assert.Equal($"adjustment:{a.Id}:PendingApproval", On("2026-03-20", a with { Status = AdjustmentStatus.PendingApproval, WaitingSince = new DateOnly(2026, 3, 1) })!.Key);
    }
}
