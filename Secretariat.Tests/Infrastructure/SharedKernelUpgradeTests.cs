using Marten;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Secretariat.Web.Infrastructure.Database;
using Secretariat.Web.Infrastructure.Files;
using Wolverine;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// A database of the release before the shared kernel (migrations up to 0015) holding uploaded files in the four tables of that
/// release and a year's register of major-matter reports: once 0016 ran, every file opens as the stored file of its record, with
/// its bytes, type and minors'-data answer, and the register's next number follows the ones already issued.
/// </summary>
public class SharedKernelUpgradeTests
{
    private const string Town = SampleTownAccounts.Town;
    private static readonly byte[] Pdf = "%PDF-1.4\n%升级前的文件\n%%EOF"u8.ToArray();
    private static readonly Guid Meeting = Guid.NewGuid(), Session = Guid.NewGuid(), Adjustment = Guid.NewGuid(), Evidence = Guid.NewGuid();
    private static readonly Guid Agenda = Guid.NewGuid(), Material = Guid.NewGuid(), Letter = Guid.NewGuid(), EvidenceFile = Guid.NewGuid();
    private static readonly Guid[] Reports = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    [Fact]
    public async Task Files_and_major_matter_numbers_stored_before_the_kernel_are_read_and_continued_after_it()
    {
        var connectionString = await TestPostgres.NewDatabaseAsync("kernel");
        await MigrateBeforeKernelAsync(connectionString);
        await ExecuteAsync(connectionString, OldRows());

        await using var host = await new AppFixture().StartHostAsync(connectionString);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.QuerySession(Town))
        {
            var files = (await session.LoadManyAsync<StoredFile>(Agenda, Material, Letter, EvidenceFile)).ToDictionary(f => f.Id);
            Assert.Equal((Meeting, "议题附件.pdf", true), (files[Agenda].OwnerId, files[Agenda].FileName, files[Agenda].ContainsMinorsData));
            // Uploaded before the question on minors' information: unflagged, as before.
            Assert.Equal((Session, "培训课件.pdf", false), (files[Material].OwnerId, files[Material].FileName, files[Material].ContainsMinorsData));
            Assert.Equal((Adjustment, "任命文件.pdf", false), (files[Letter].OwnerId, files[Letter].FileName, files[Letter].ContainsMinorsData));
            Assert.Equal((Evidence, "印证材料.pdf", true), (files[EvidenceFile].OwnerId, files[EvidenceFile].FileName, files[EvidenceFile].ContainsMinorsData));
            Assert.All(files.Values, f =>
            {
                Assert.Equal(Pdf, f.Content);
                Assert.Equal(("application/pdf", (long)Pdf.Length), (f.ContentType, f.Size));
            });

            var register = await session.LoadAsync<DocumentRegister>(DocumentRegister.IdFor(DocumentKind.MajorMatterReport, 2026));
            Assert.Equal((DocumentKind.MajorMatterReport, 2026, 3), (register!.Kind, register.Year, register.LastSequence));
            Assert.Equal([1, 2, 3], Reports.Select(r => register.SequenceOf(r) ?? 0));
        }
        using var scope = host.Services.CreateScope();
        var next = await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<DocumentNumber>(Town,
            new TakeDocumentNumber(DocumentKind.MajorMatterReport, 2026, Guid.NewGuid()));
        Assert.Equal(4, next.Sequence);
        await using (var session = store.QuerySession(Town))
        {
            // The stream's old events and the new one make the same register, read again from the events alone.
            var replayed = await session.Events.AggregateStreamAsync<DocumentRegister>(DocumentRegister.IdFor(DocumentKind.MajorMatterReport, 2026));
            Assert.Equal([1, 2, 3, 4], replayed!.Numbers.Select(n => n.Sequence));
            Assert.Equal(Reports, replayed.Numbers.Take(3).Select(n => n.DocumentId));
            // So does a meetings' register, whose events name the type's namespace of before (Features.Meetings).
            var minutes = await session.Events.AggregateStreamAsync<DocumentRegister>(DocumentRegister.IdFor(DocumentKind.Minutes, 2025));
            Assert.Equal((DocumentKind.Minutes, 1, (int?)1), (minutes!.Kind, minutes.LastSequence, minutes.SequenceOf(Meeting)));
        }

        var admin = await SignedIn.AsAsync(host, AppFixture.AdminUser, AppFixture.AdminPassword);
        Assert.Equal(Pdf, await DownloadAsync(host, admin, $"/t/{Town}/adjustments/{Adjustment}/attachment"));
        Assert.Equal(Pdf, await DownloadAsync(host, admin, $"/t/{Town}/meetings/{Meeting}/attachments/{Agenda}"));
        Assert.Equal(Pdf, await DownloadAsync(host, admin, $"/t/{Town}/training/sessions/{Session}/materials/{Material}"));
        // The owner is checked: a file is not served under another record's address.
        await host.Scenario(s =>
        {
            s.Get.Url($"/t/{Town}/meetings/{Meeting}/attachments/{Material}");
            s.As(admin);
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
    }

    private static async Task<byte[]> DownloadAsync(IAlbaHost host, SignedIn user, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(user);
            s.StatusCodeShouldBeOk();
        });
        var body = result.Context.Response.Body;
        if (body.CanSeek) body.Position = 0;
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Applies the committed migrations before 0016 only, as the release before the kernel left its databases.</summary>
    private static async Task MigrateBeforeKernelAsync(string connectionString)
    {
        var before = Directory.CreateTempSubdirectory("secretariat-before-kernel").FullName;
        foreach (var file in Directory.GetFiles(Migrations.LocateDirectory(new ConfigurationBuilder().Build()), "*.sql")
                     .Where(f => string.CompareOrdinal(Path.GetFileName(f), "0016") < 0))
            File.Copy(file, Path.Combine(before, Path.GetFileName(file)));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:MigrationsDirectory"] = before }).Build();
        var applied = await new Migrations(new DatabaseConnection(connectionString, null), new ServiceCollection().BuildServiceProvider(), configuration)
            .ApplyAsync(CancellationToken.None);
        Assert.Equal("0015_notifications.sql", applied[^1]);
    }

    /// <summary>The rows as that release wrote them (its documents' JSON, its register's stream of MajorMatterNumberTaken events).</summary>
    private static string OldRows()
    {
        var content = Convert.ToBase64String(Pdf);
        var register = DocumentRegister.IdFor(DocumentKind.MajorMatterReport, 2026);
        var minutes = DocumentRegister.IdFor(DocumentKind.Minutes, 2025);
        var minutesNumber = $"{{\"Kind\": 0, \"Year\": 2025, \"Sequence\": 1, \"DocumentId\": \"{Meeting}\"}}";
        string Json(string json) => json.Replace("'", "''");
        var numbers = string.Join(", ", Reports.Select((r, i) => $"{{\"ReportId\": \"{r}\", \"Sequence\": {i + 1}}}"));
        var registerJson = $"{{\"Id\": \"{register}\", \"Year\": 2026, \"LastSequence\": 3, \"Numbers\": [{numbers}]}}";
        var events = string.Join(",\n", Reports.Select((r, i) =>
            $"(nextval('secretariat.mt_events_sequence'), gen_random_uuid(), '{register}', {i + 1}, " +
            $"'{{\"Year\": 2026, \"Sequence\": {i + 1}, \"ReportId\": \"{r}\"}}', 'major_matter_number_taken', '{Town}', " +
            "'Secretariat.Web.Features.MajorMatters.MajorMatterNumberTaken, Secretariat.Web')"));
        return $"""
            insert into secretariat.mt_doc_meetingattachment (tenant_id, id, data) values ('{Town}', '{Agenda}', '{Json(
                $"{{\"Id\": \"{Agenda}\", \"MeetingId\": \"{Meeting}\", \"FileName\": \"议题附件.pdf\", \"ContentType\": \"application/pdf\", \"Content\": \"{content}\", \"ContainsMinorsData\": true}}")}');
            insert into secretariat.mt_doc_trainingmaterial (tenant_id, id, data) values ('{Town}', '{Material}', '{Json(
                $"{{\"Id\": \"{Material}\", \"SessionId\": \"{Session}\", \"FileName\": \"培训课件.pdf\", \"ContentType\": \"application/pdf\", \"Content\": \"{content}\"}}")}');
            insert into secretariat.mt_doc_adjustmentattachment (tenant_id, id, data) values ('{Town}', '{Letter}', '{Json(
                $"{{\"Id\": \"{Letter}\", \"FileName\": \"任命文件.pdf\", \"ContentType\": \"application/pdf\", \"Content\": \"{content}\"}}")}');
            insert into secretariat.mt_doc_memberadjustment (tenant_id, id, data) values ('{Town}', '{Adjustment}', '{Json(
                $"{{\"Id\": \"{Adjustment}\", \"Number\": \"调整〔2025〕9号\", \"Status\": 5, \"AttachmentId\": \"{Letter}\", \"AttachmentName\": \"任命文件.pdf\", " +
                $"\"Proposal\": {{\"Body\": 0, \"Kind\": 1, \"UnitId\": \"{Guid.NewGuid()}\", \"NewPersonName\": \"张三\", \"NewRole\": 2, \"Reason\": \"升级前\", " +
                "\"ProposedEffectiveOn\": \"2025-01-01\"}, \"FiledBy\": {\"UserId\": \"00000000-0000-0000-0000-000000000001\", \"Name\": \"办公室\", " +
                "\"At\": \"2025-01-01T00:00:00+00:00\"}, \"Timeline\": [], \"Version\": 3}")}');
            insert into secretariat.mt_doc_evidencefile (tenant_id, id, data, campaign_id, owner_id) values ('{Town}', '{EvidenceFile}', '{Json(
                $"{{\"Id\": \"{EvidenceFile}\", \"CampaignId\": \"{Guid.Empty}\", \"ItemId\": \"{Guid.Empty}\", \"OwnerId\": \"{Evidence}\", \"FileName\": \"印证材料.pdf\", " +
                $"\"ContentType\": \"application/pdf\", \"Size\": {Pdf.Length}, \"ContainsMinorsData\": true, \"Content\": \"{content}\"}}")}', '{Guid.Empty}', '{Evidence}');
            insert into secretariat.mt_streams (id, type, version, tenant_id) values ('{register}', 'major_matter_register', 3, '{Town}');
            insert into secretariat.mt_events (seq_id, id, stream_id, version, data, type, tenant_id, mt_dotnet_type) values
            {events};
            insert into secretariat.mt_doc_majormatterregister (tenant_id, id, data, mt_version) values ('{Town}', '{register}',
                '{registerJson}', 3);
            insert into secretariat.mt_streams (id, type, version, tenant_id) values ('{minutes}', 'number_register', 1, '{Town}');
            insert into secretariat.mt_events (seq_id, id, stream_id, version, data, type, tenant_id, mt_dotnet_type) values
            (nextval('secretariat.mt_events_sequence'), gen_random_uuid(), '{minutes}', 1,
             '{minutesNumber}', 'document_number_assigned', '{Town}',
             'Secretariat.Web.Features.Meetings.DocumentNumberAssigned, Secretariat.Web');
            """;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
