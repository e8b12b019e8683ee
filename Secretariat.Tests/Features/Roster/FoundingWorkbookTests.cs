using Secretariat.Web.Infrastructure.Files;
using static Secretariat.Tests.Support.Workbooks;

namespace Secretariat.Tests.Features.Roster;

/// <summary>The founding workbook read without a database: the template, the notice's lists, and each kind of bad sheet with its message.</summary>
public class FoundingWorkbookTests
{
    private static FoundingWorkbookRead Read(byte[] content, string name = "名单.xlsx") => FoundingWorkbook.Read(content, name);

    private static string Messages(FoundingWorkbookRead read) => string.Join("\n", read.Problems);

    [Fact]
    public void The_template_has_every_sheet_with_its_header_and_reads_back_as_nothing_to_import()
    {
        var template = FoundingWorkbook.Template();
        var (sheets, problem) = Spreadsheets.Read(template, 10);
        Assert.Null(problem);
        Assert.Equal(["成员单位", "领导小组", "领导小组办公室", "工作站", "儿童主任", "填写说明"], sheets.Select(s => s.Name));
        Assert.Equal(["职务", "姓名", "单位职务", "单位"], sheets[1].Rows[1].Values.Select(c => c.Text));
        Assert.Equal(["村（社区）或单位", "姓名", "职务", "任职日期", "任职依据"], sheets[4].Rows[1].Values.Select(c => c.Text));
        var read = Read(template);
        Assert.True(read.Sheets.IsEmpty);
        Assert.Contains("工作簿中没有可导入的名单", Messages(read));
    }

    [Fact]
    public void The_sample_written_into_the_template_reads_back_row_for_row()
    {
        var read = Read(SampleTown.Workbook());
        Assert.Empty(read.Problems);
        Assert.Equal(22, read.Sheets.Units.Count);
        Assert.Equal(27, read.Sheets.SeatsOf(BodyKind.LeadingGroup).Count);
        Assert.Equal(3, read.Sheets.SeatsOf(BodyKind.Secretariat).Count);
        Assert.Equal(20, read.Sheets.SeatsOf(BodyKind.WorkStation).Count);
        Assert.Equal(10, read.Sheets.ChildWorkers.Count);
        Assert.Equal(new SeatRow(2, "组长", "叶伟", "党委副书记、镇长", null), read.Sheets.SeatsOf(BodyKind.LeadingGroup)[0]);
        Assert.Equal(new ChildWorkerRow(2, "民政和社事办", "赵旦月", "儿童督导员", new DateOnly(2022, 1, 28), SampleTown.Basis), read.Sheets.ChildWorkers[0]);
        Assert.Equal(new ChildWorkerRow(3, "双骑龙村", "邹利", "儿童主任", new DateOnly(2022, 1, 28), SampleTown.Basis), read.Sheets.ChildWorkers[1]);
    }

    [Fact]
    public void The_notices_lists_read_with_the_spaces_of_its_layout_taken_out_of_the_names()
    {
        var read = Read(NoticeRoster());
        Assert.Empty(read.Problems);
        var group = read.Sheets.SeatsOf(BodyKind.LeadingGroup);
        Assert.Equal(27, group.Count);
        Assert.Equal("叶伟", group[0].Name);
        Assert.Equal("劳动就业与社保所负责人、妇联负责人", group.Single(s => s.Name == "邓娟").Position);
        Assert.Equal(20, read.Sheets.SeatsOf(BodyKind.WorkStation).Count);
        Assert.Equal("组长", FoundingNames.Role("组 长："));
        Assert.Equal("Anna Li", FoundingNames.Name(" Anna  Li "));
    }

    [Fact]
    public void Wrong_and_missing_columns_are_named()
    {
        var read = Read(Build(new Sheet("领导小组").Row("职务", "姓名", "备注").Row("组长", "叶伟", "x")));
        var message = Assert.Single(read.Problems).ToString();
        Assert.Equal("工作表“领导小组”第 1 行：表头不对（第 C 列“备注”不是模板中的列；缺少列：单位职务、单位）。表头应为：职务、姓名、单位职务、单位。请使用下载的模板。", message);
        Assert.Empty(read.Sheets.SeatsOf(BodyKind.LeadingGroup));

        var titled = Read(Build(new Sheet("领导小组").RowAt(2, "职务", "姓名", "单位职务", "单位").Row("组长", "叶伟", "镇长")));
        Assert.Contains("第 1 行应为表头（职务、姓名、单位职务、单位）", Messages(titled));

        var other = Read(Build(new Sheet("Sheet1").Row("职务", "姓名").Row("组长", "叶伟")));
        Assert.Contains("工作表“Sheet1”：不是模板中的工作表", Messages(other));
    }

    [Fact]
    public void The_notices_own_layout_a_role_written_once_in_a_merged_cell_and_empty_cells_below_is_refused_row_by_row()
    {
        var sheet = new Sheet("领导小组").Row([.. SeatHeader.Select(h => (Cell?)h)])
            .Row("组长", "叶 伟", "党委副书记、镇长", null)
            .Row("副组长", "胡鹏来", "宣传委员", null)
            .Row(null, "蔡拔林", "政法委员、统战委员", null)
            .Row(null, "范 波", "武装部长、副镇长", null)
            .Row("成员", "孔 波", "党政办负责人", "党政办")
            .Row(null, "黄荣亮", null, "民政和社事办")
            .Merge("A3:A5");
        var read = Read(Build(sheet));
        Assert.Equal(
        [
            "工作表“领导小组”第 3-5 行：“职务”是合并单元格（A3:A5）：导入时每一行都要单独填写，请取消合并后在每一行填上。",
            "工作表“领导小组”第 7 行：“职务”为空；“单位职务”为空。"
        ], read.Problems.Select(p => p.ToString()));
        // Only the rows that read cleanly come through; nothing is decided from a sheet with problems.
        Assert.Equal(["叶伟", "孔波"], read.Sheets.SeatsOf(BodyKind.LeadingGroup).Select(s => s.Name));
        Assert.Empty(read.Checkable.SeatsOf(BodyKind.LeadingGroup));
        Assert.True(read.Problems[0].IsAbout("领导小组", 4));
    }

    [Fact]
    public void A_formula_is_named_with_its_row()
    {
        var sheet = new Sheet("领导小组").Row([.. SeatHeader.Select(h => (Cell?)h)])
            .Row("组长", "叶伟", "镇长", null)
            .Row("副组长", new Cell(Text: "胡鹏来", Formula: "B2&\"\""), "宣传委员", null)
            .Row("成员", "孔波", "党政办负责人", new Cell(Number: 3, Formula: "1+2"));
        var read = Read(Build(sheet));
        Assert.Equal(
        [
            "工作表“领导小组”第 3 行：“姓名”是公式：请复制后用“选择性粘贴 → 数值”换成文字再导入。",
            "工作表“领导小组”第 4 行：“单位”是公式：请复制后用“选择性粘贴 → 数值”换成文字再导入。"
        ], read.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Ten_thousand_rows_are_refused_unread()
    {
        var sheet = new Sheet("领导小组").Row([.. SeatHeader.Select(h => (Cell?)h)]);
        for (var i = 0; i < 10_000; i++) sheet.Row("成员", $"成员{i}", "负责人", "党政办");
        var read = Read(Build(sheet));
        Assert.Equal("工作表“领导小组”：超过 500 行：一个机构的名单不会这么长，请检查是否选错了文件，或删去表格下方多余的行后再上传。",
            Assert.Single(read.Problems).ToString());
        Assert.True(read.Sheets.IsEmpty);
    }

    [Theory]
    [InlineData("名单.xlsx", "csv")]
    [InlineData("名单.xls", "xlsx")]
    [InlineData("名单.xlsx", "docx")]
    [InlineData("名单.xlsx", "zip")]
    [InlineData("名单.xlsx", "pdf")]
    public void A_file_that_is_not_an_xlsx_workbook_is_refused(string name, string content)
    {
        var bytes = content switch
        {
            "csv" => "职务,姓名,单位职务,单位\n组长,叶伟,镇长,\n"u8.ToArray(),
            "xlsx" => NoticeRoster(),
            "docx" => OfficePackages.Docx(),
            "zip" => OfficePackages.PlainZip(),
            _ => "%PDF-1.4 名单"u8.ToArray()
        };
        var read = Read(bytes, name);
        Assert.Equal($"“{name}”不是 Excel 工作簿（.xlsx）：请用下载的模板填写后上传。.xls、.csv 或 WPS 表格请先另存为 .xlsx。", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void Units_and_child_directors_sheets_check_their_kinds_and_dates()
    {
        var read = Read(Build(
            new Sheet("成员单位").Row("单位名称", "类别").Row("建设村", "村").Row("冬笋坝社区", "居委"),
            new Sheet("儿童主任").Row("村（社区）或单位", "姓名", "职务", "任职日期", "任职依据")
                .Row("建设村", "朱美桦", "儿童主任", new Cell(Number: 44589), null)
                .Row("建设村", "王五", "儿童主任", "2022年2月30日", null)
                .Row("冬笋坝社区", "黄俊人", "儿童主任", "2022/3/1", "某某府发〔2022〕3号")));
        Assert.Equal(
        [
            "工作表“成员单位”第 3 行：“类别”只能填：镇属单位、村、社区、社会组织（现为“居委”）。",
            "工作表“儿童主任”第 3 行：“任职日期”“2022年2月30日”不是日期：请按 2022-01-28 这样填写。"
        ], read.Problems.Select(p => p.ToString()));
        Assert.Equal(new DateOnly(2022, 1, 28), read.Sheets.ChildWorkers[0].AppointedOn);
        Assert.Equal(new DateOnly(2022, 3, 1), read.Sheets.ChildWorkers[1].AppointedOn);
    }
}
