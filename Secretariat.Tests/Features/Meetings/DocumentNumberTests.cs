using Secretariat.Web.Infrastructure.Documents;
using Secretariat.Web.Features.Meetings;
using Wolverine;

namespace Secretariat.Tests.Features.Meetings;

/// <summary>
/// The per-year registers of the meeting notice and the adjustment notice: a document takes a number once, the first time it is
/// issued (opened to print), keeps it, and documents issued at the same moment take consecutive numbers.
/// </summary>
public class DocumentNumberTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    [Fact]
    public void A_document_keeps_the_number_it_holds_and_a_new_one_takes_the_next()
    {
        var held = Guid.NewGuid();
        var register = new DocumentRegister
        {
            Kind = DocumentKind.MeetingNotice, Year = 2026, LastSequence = 4, Numbers = [new(Guid.NewGuid(), 3), new(held, 4)]
        };

        var (again, none) = DocumentRegister.Take(register, DocumentKind.MeetingNotice, 2026, held);
        Assert.Equal(new DocumentNumber(DocumentKind.MeetingNotice, 2026, 4), again);
        Assert.Null(none);

        var other = Guid.NewGuid();
        var (next, assigned) = DocumentRegister.Take(register, DocumentKind.MeetingNotice, 2026, other);
        Assert.Equal(5, next.Sequence);
        Assert.Equal(new DocumentNumberAssigned(DocumentKind.MeetingNotice, 2026, 5, other), assigned);

        var (first, started) = DocumentRegister.Take(null, DocumentKind.AdjustmentNotice, 2027, other);
        Assert.Equal(1, first.Sequence);
        Assert.Equal(1, DocumentRegister.Create(started!).SequenceOf(other));
        Assert.NotEqual(DocumentRegister.IdFor(DocumentKind.MeetingNotice, 2027), DocumentRegister.IdFor(DocumentKind.AdjustmentNotice, 2027));
        Assert.Equal("铜罐驿未保领办会〔2026〕5号", SampleTownAccounts.Profile.Number(DocumentKind.MeetingNotice, 2026, 5));
        Assert.Equal("铜罐驿未保领办调〔2027〕1号", SampleTownAccounts.Profile.Number(DocumentKind.AdjustmentNotice, 2027, 1));
    }

    [Fact]
    public void A_registers_stream_id_is_the_one_its_kind_and_year_had_before_the_one_register()
    {
        // The meetings' registers (0005) and the major-matter register (0012): upgraded towns keep numbering where they were.
        Assert.Equal(new Guid("6a1d0003-0000-4000-8000-000000002026"), DocumentRegister.IdFor(DocumentKind.Minutes, 2026));
        Assert.Equal(new Guid("6a1d0003-0003-4000-8000-000000002027"), DocumentRegister.IdFor(DocumentKind.AdjustmentNotice, 2027));
        Assert.Equal(new Guid("4d4d0001-0000-4000-8000-000000002026"), DocumentRegister.IdFor(DocumentKind.MajorMatterReport, 2026));
    }

    [Fact]
    public async Task Thirty_two_requests_at_once_for_one_document_take_one_number_and_for_thirty_two_documents_as_many_consecutive_ones()
    {
        // A year of its own: no other test numbers in it.
        const int year = 2031;
        var one = Guid.NewGuid();
        var same = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => TakeAsync(DocumentKind.AdjustmentNotice, year, one)));
        Assert.Single(same.Distinct());
        Assert.Equal(1, same[0].Sequence);

        var documents = Enumerable.Range(0, 32).Select(_ => Guid.NewGuid()).ToList();
        var numbers = await Task.WhenAll(documents.Select(d => TakeAsync(DocumentKind.AdjustmentNotice, year, d)));
        Assert.Equal(Enumerable.Range(2, 32), numbers.Select(n => n.Sequence).Order());

        var stream = DocumentRegister.IdFor(DocumentKind.AdjustmentNotice, year);
        Assert.Equal(33, await app.ScalarAsync($"select count(*) from secretariat.mt_events where stream_id = '{stream}'"));
        Assert.Equal(33, await app.ScalarAsync($"select (data ->> 'LastSequence')::int from secretariat.mt_doc_numberregister where id = '{stream}'"));
        // Asked again later, each document still has its number.
        for (var i = 0; i < documents.Count; i++) Assert.Equal(numbers[i], await TakeAsync(DocumentKind.AdjustmentNotice, year, documents[i]));
    }

    [Fact]
    public async Task The_meeting_notice_takes_its_number_when_first_opened_and_keeps_it_also_when_opened_many_times_at_once()
    {
        var clerk = await _steps.As("clerk");
        var reader = await _steps.As("reader");
        var first = await _steps.ConveneAsync(clerk, "编号测试会议甲", MeetingSteps.Day(10));
        var second = await _steps.ConveneAsync(clerk, "编号测试会议乙", MeetingSteps.Day(11));
        var third = await _steps.ConveneAsync(clerk, "编号测试会议丙", MeetingSteps.Day(12));

        var a = NoticeNumber(await _steps.GetAsync(clerk, first + "/notice"));
        Assert.Equal(a, NoticeNumber(await _steps.GetAsync(reader, first + "/notice")));
        var b = NoticeNumber(await _steps.GetAsync(clerk, second + "/notice"));
        Assert.Equal(a.Year, b.Year);
        Assert.Equal(a.Sequence + 1, b.Sequence);

        var pages = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _steps.GetAsync(clerk, third + "/notice")));
        var c = Assert.Single(pages.Select(NoticeNumber).Distinct());
        Assert.Equal(b.Sequence + 1, c.Sequence);
        var stream = DocumentRegister.IdFor(DocumentKind.MeetingNotice, a.Year);
        foreach (var url in new[] { first, second, third })
            Assert.Equal(1, await app.ScalarAsync(
                $"select count(*) from secretariat.mt_events where stream_id = '{stream}' and data ->> 'DocumentId' = '{url.Split('/').Last()}'"));

        // Rescheduled, the notice is reissued under its number.
        await _steps.PostAsync(clerk, first + "/reschedule", [("Date", MeetingSteps.Day(20)), ("Time", "15:00"), ("Place", "镇政府二楼会议室"),
            ("Reason", "与区里会议冲突")], HttpStatusCode.SeeOther);
        var rescheduled = await _steps.GetAsync(clerk, first + "/notice");
        Assert.Equal(a, NoticeNumber(rescheduled));
        Assert.Contains("镇政府二楼会议室", rescheduled);
    }

    [Fact]
    public async Task An_adjustment_notice_without_approved_changes_takes_no_number()
    {
        var clerk = await _steps.As("clerk");
        var page = await _steps.GetAsync(clerk, "/t/tgy/adjustments/notice?year=2023");
        Assert.Contains("2023年无经批准的成员调整", page);
        Assert.DoesNotContain("铜罐驿未保领办调", page);
        Assert.Equal(0, await app.ScalarAsync(
            $"select count(*) from secretariat.mt_events where stream_id = '{DocumentRegister.IdFor(DocumentKind.AdjustmentNotice, 2023)}'"));
        await _steps.GetAsync(clerk, "/t/tgy/adjustments/notice?year=abc", HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task An_adjustment_notice_without_approved_changes_has_no_word_copy_and_a_bad_year_is_refused_in_chinese()
    {
        var clerk = await _steps.As("clerk");
        var page = await _steps.GetAsync(clerk, "/t/tgy/adjustments/notice.docx?year=2023", HttpStatusCode.NotFound);
        Assert.Contains("2023年无经批准的成员调整，不印发通知，没有Word版。", page);
        Assert.Equal(0, await app.ScalarAsync(
            $"select count(*) from secretariat.mt_events where stream_id = '{DocumentRegister.IdFor(DocumentKind.AdjustmentNotice, 2023)}'"));
        Assert.Contains("年份“abc”无效", await _steps.GetAsync(clerk, "/t/tgy/adjustments/notice.docx?year=abc", HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task The_meeting_notices_word_copy_takes_the_same_number_as_its_print_view()
    {
        var clerk = await _steps.As("clerk");
        var reader = await _steps.As("reader");
        var meeting = await _steps.ConveneAsync(clerk, "Word版编号测试会议", MeetingSteps.Day(13));
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(meeting + "/notice.docx");
            s.As(reader);
            s.StatusCodeShouldBe(HttpStatusCode.OK);
        });
        Assert.Equal(OfficialDocx.ContentType, result.Context.Response.ContentType);
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        stream.Position = 0;
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        var number = NoticeNumber(await _steps.GetAsync(clerk, meeting + "/notice"));
        Assert.Contains($"铜罐驿未保领办会〔{number.Year}〕{number.Sequence}号", text);
        Assert.Contains("关于召开Word版编号测试会议的通知", text);
        // A cancelled or unknown meeting has no notice, in print or in Word.
        await _steps.GetAsync(clerk, $"/t/tgy/meetings/{Guid.NewGuid()}/notice.docx", HttpStatusCode.NotFound);
    }

    private static (int Year, int Sequence) NoticeNumber(string page)
    {
        var match = Regex.Match(page, "<p class=\"doc-number\">铜罐驿未保领办会〔(\\d{4})〕(\\d+)号</p>");
        Assert.True(match.Success, "the notice carries no number");
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    private async Task<DocumentNumber> TakeAsync(DocumentKind kind, int year, Guid document)
    {
        using var scope = app.Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<DocumentNumber>(SampleTownAccounts.Town, new TakeDocumentNumber(kind, year, document));
    }
}
