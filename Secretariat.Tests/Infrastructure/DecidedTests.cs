namespace Secretariat.Tests.Infrastructure;

/// <summary>The kernel's shape of a decision that yields several events: each stream with its events, or one refusal for all.</summary>
public class DecidedTests
{
    private sealed record Happened(int N);

    private sealed class Thing;

    private static readonly Guid One = Guid.NewGuid(), Two = Guid.NewGuid();

    [Fact]
    public void Streams_keep_their_events_in_order_and_a_started_stream_names_its_aggregate()
    {
        var decided = Decided.Start<Thing>(One, new Happened(1), new Happened(2)).AndAppend(Two, new Happened(3));
        Assert.False(decided.IsRefused);
        Assert.True(decided.Result.Succeeded);
        Assert.Equal([new Happened(1), new Happened(2)], decided.On(One));
        Assert.Equal([new Happened(3)], decided.On(Two));
        Assert.Equal([1, 2, 3], decided.Of<Happened>().Select(h => h.N));
        Assert.Equal([typeof(Thing), null], decided.Streams.Select(s => s.Starts));
        Assert.Empty(decided.On(Guid.NewGuid()));
    }

    [Fact]
    public void A_refusal_has_no_events_and_refuses_whatever_it_is_combined_with()
    {
        Decided refused = new Refusal("不行。");
        Assert.Equal("不行。", refused.Result.Refusal);
        Assert.Empty(refused.Events);
        Assert.Throws<InvalidOperationException>(() => refused.AndAppend(One, new Happened(1)));

        var decided = Decided.Append(One, new Happened(1));
        Assert.Equal("不行。", decided.And(refused).Refusal!.Message);
        Assert.Equal("不行。", refused.And(decided).Refusal!.Message);
        Assert.Equal([One, Two], decided.And(Decided.Append(Two, new Happened(2))).Streams.Select(s => s.Id));
    }

    [Fact]
    public void Only_a_decision_on_one_stream_is_an_aggregate_handlers_outcome()
    {
        var (result, events) = Decided.Append(One, new Happened(1), new Happened(2)).Outcome;
        Assert.True(result.Succeeded);
        Assert.Equal(2, events.Count);
        Assert.Equal("不行。", ((Decided)new Refusal("不行。")).Outcome.Item1.Refusal);
        Assert.Throws<InvalidOperationException>(() => Decided.Append(One, new Happened(1)).AndAppend(Two, new Happened(2)).Outcome);
    }
}
