using Marten;
using Secretariat.Web.Features.Training;
using static Secretariat.Tests.Support.Workbooks;

namespace Secretariat.Tests.Features.Setup;

/// <summary>A scripted rollout: towns add, towns establish and roster import from the command line, as README's loop runs them.</summary>
public class SetupCommandTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Dictionary<string, string> Environment => new() { ["ConnectionStrings__Secretariat"] = app.ConnectionString };

    private Task<(int ExitCode, string Output)> Run(params string[] arguments) => AppProcess.RunToEndAsync(Environment, arguments);

    private static string File(byte[] content, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "secretariat-roster-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<long> EventsOf(string town) => await app.ScalarAsync($"select count(*) from secretariat.mt_events where tenant_id = '{town}'");

    [Fact]
    public async Task A_town_is_added_established_and_its_founding_roster_imported_from_the_command_line_and_a_bad_sheet_changes_nothing()
    {
        var (added, addedOutput) = await Run("towns", "add", "clz", "--name", "陶家镇");
        Assert.True(added == 0, addedOutput);
        Assert.Contains("towns establish --town clz", addedOutput);

        // Before 成立 the import is refused at the sheets that need it.
        var roster = File(NoticeRoster(), "成立时名单.xlsx");
        var (early, earlyOutput) = await Run("roster", "import", "--town", "clz", "--file", roster);
        Assert.Equal(1, early);
        Assert.Contains("工作表“领导小组”：领导小组尚未成立", earlyOutput);
        Assert.Contains("发现 2 处问题，没有保存任何内容。", earlyOutput);

        var (badDate, badDateOutput) = await Run("towns", "establish", "--town", "clz", "--basis", "陶府发〔2022〕3号", "--on", "2022-13-01");
        Assert.Equal(1, badDate);
        Assert.Contains("请用 --on 给出成文日期", badDateOutput);
        var (established, establishedOutput) = await Run("towns", "establish", "--town", "clz", "--basis", "陶府发〔2022〕3号", "--on", "2022-01-28");
        Assert.True(established == 0, establishedOutput);
        Assert.Contains("clz：已成立 陶家镇未成年人保护工作领导小组、陶家镇未成年人保护工作领导小组办公室、陶家镇未成年人保护工作站（陶家镇人民政府 陶府发〔2022〕3号，2022年1月28日）。", establishedOutput);
        var (twice, twiceOutput) = await Run("towns", "establish", "--town", "clz", "--basis", "陶府发〔2022〕3号", "--on", "2022-01-28");
        Assert.Equal(1, twice);
        Assert.Contains("均已成立，未作更改", twiceOutput);

        // A bad sheet: a line per problem, nothing saved.
        var before = await EventsOf("clz");
        var merged = new Sheet("领导小组").Row([.. SeatHeader.Select(h => (Cell?)h)]).Row("组长", "叶伟", "镇长", null)
            .Row("副组长", "胡鹏来", "宣传委员", null).Row(null, "蔡拔林", "政法委员", null).Merge("A3:A4").Row("组长", "廖平", "组织委员", null);
        var (bad, badOutput) = await Run("roster", "import", "--town", "clz", "--file", File(Build(merged), "名单.xlsx"));
        Assert.Equal(1, bad);
        Assert.Contains("工作表“领导小组”第 3-4 行：“职务”是合并单元格（A3:A4）", badOutput);
        Assert.Contains("没有保存任何内容", badOutput);
        Assert.Equal(before, await EventsOf("clz"));

        var (imported, importedOutput) = await Run("roster", "import", "--town", "clz", "--file", roster, "--unit-kind", "文服中心=社会组织");
        Assert.True(imported == 0, importedOutput);
        Assert.Contains("登记单位：双骑龙村（村，按名称推测；如不对请加 --unit-kind 双骑龙村=类别）", importedOutput);
        Assert.Contains("登记单位：文服中心（社会组织）", importedOutput);
        Assert.Contains("clz：已导入 成立时名单.xlsx：登记 22 个单位；领导小组 27 人（自 2022年1月28日 起，陶府发〔2022〕3号）；未成年人保护工作站 20 人", importedOutput);

        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession("clz"))
        {
            var group = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup));
            Assert.Equal(27, group!.Tenures.Count);
            Assert.Equal("命令行（roster import）", group.Founding!.By!.Name);
            Assert.Equal("陶家镇人民政府", group.Issuer);
            Assert.Equal(10, await session.Query<ChildWorker>().CountAsync());
        }
        var (again, againOutput) = await Run("roster", "import", "--town", "clz", "--file", roster);
        Assert.Equal(1, again);
        Assert.Contains("领导小组已有名单（27 人在任", againOutput);

        // The office's and the 组长's accounts, linked to the imported roster.
        var (leader, leaderOutput) = await Run("users", "add", "clz.yewei", "--town", "clz", "--role", "组长", "--person", "叶伟", "--password", "clz-leader-password");
        Assert.True(leader == 0, leaderOutput);
    }
}
