using System.Globalization;

namespace Secretariat.Web.Features.Setup;

/// <summary>
/// A scripted rollout from the command line, through the same handlers as the pages:
/// <c>towns establish --town CODE --basis "文号" --on YYYY-MM-DD [--issuer 发文机关] [--body 领导小组|工作站]</c> and
/// <c>roster import --town CODE --file FILE.xlsx [--unit-kind 单位=类别]</c>. A refusal prints every problem (a line per row) and
/// changes nothing; the exit code is then 1.
/// </summary>
public static class SetupCommand
{
    public const string Usage = """
          towns establish --town <代码> --basis <文号> --on YYYY-MM-DD [--issuer <发文机关>] [--body 领导小组|工作站]
                                      成立领导小组（及其办公室）和工作站（不写 --body 时成立尚未成立的全部）
          roster import --town <代码> --file <名单.xlsx> [--unit-kind <单位>=<镇属单位|村|社区|社会组织>]
                                      导入成立时名单（模板见 /t/<代码>/setup/roster），名单中未登记的单位按名称推测类别一并登记
        """;

    public static async Task<int> EstablishAsync(IServiceProvider services, string[] options)
    {
        string? town = null, basis = null, on = null, issuer = null;
        var bodies = new List<BodyKind>();
        for (var i = 0; i < options.Length; i++)
        {
            var value = i + 1 < options.Length ? options[i + 1] : null;
            switch (options[i])
            {
                case "--town" when value is not null: town = value; i++; break;
                case "--basis" when value is not null: basis = value; i++; break;
                case "--on" when value is not null: on = value; i++; break;
                case "--issuer" when value is not null: issuer = value; i++; break;
                case "--body" when value is "领导小组": bodies.Add(BodyKind.LeadingGroup); i++; break;
                case "--body" when value is "工作站": bodies.Add(BodyKind.WorkStation); i++; break;
                default: return await FailAsync($"不认识的参数“{options[i]}”。用法：\n{Usage}");
            }
        }
        if (string.IsNullOrWhiteSpace(basis)) return await FailAsync("请用 --basis 给出成立文件的文号（如 --basis \"某某府发〔2022〕3号\"）。");
        if (!DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return await FailAsync("请用 --on 给出成文日期，格式 YYYY-MM-DD（如 --on 2022-01-28）。");
        if (await TownAsync(services, town) is not { } profile) return 1;

        var store = services.GetRequiredService<IDocumentStore>();
        var time = services.GetRequiredService<TimeProvider>();
        await using var session = store.LightweightSession(profile.Id);
        var established = (await session.LoadManyAsync<BodyRoster>(Enum.GetValues<BodyKind>().Select(RosterNames.BodyId).ToArray())).Select(b => b.Kind).ToHashSet();
        if (bodies.Count == 0) bodies.AddRange(new[] { BodyKind.LeadingGroup, BodyKind.WorkStation }.Where(k => !established.Contains(k)));
        if (bodies.Count == 0) return await FailAsync($"{profile.TownName}的领导小组（及其办公室）和工作站均已成立，未作更改。");
        var form = EstablishForm.For(profile, bodies);
        form.Issuer = issuer ?? profile.FullName;
        form.Basis = basis;
        form.On = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (command, problem) = form.ToCommand(new StepBy(Guid.Empty, "命令行（towns establish）", time.GetUtcNow()));
        if (problem is not null) return await FailAsync(problem);
        var result = await EstablishBodiesHandler.Handle(command!, session, time, CancellationToken.None);
        if (!result.Succeeded) return await FailAsync(result.Refusal!);
        await session.SaveChangesAsync();
        Console.WriteLine($"{profile.Id}：已成立 {string.Join("、", command!.Bodies.Select(k => command.Names[k]))}（{command.Issuer} {command.Basis}，{command.On.ChineseDate()}）。");
        return 0;
    }

    public static async Task<int> ImportAsync(IServiceProvider services, string[] options)
    {
        string? town = null, file = null;
        var kinds = new Dictionary<string, UnitKind>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i++)
        {
            var value = i + 1 < options.Length ? options[i + 1] : null;
            switch (options[i])
            {
                case "--town" when value is not null: town = value; i++; break;
                case "--file" when value is not null: file = value; i++; break;
                case "--unit-kind" when value?.Split('=', 2) is [var unit, var kindName] && FoundingNames.KindNamed(kindName) is { } kind:
                    kinds[FoundingNames.Name(unit)] = kind;
                    i++;
                    break;
                default: return await FailAsync($"不认识的参数“{options[i]}”。用法：\n{Usage}");
            }
        }
        if (string.IsNullOrWhiteSpace(file)) return await FailAsync("请用 --file 给出名单表格（.xlsx）。");
        if (!File.Exists(file)) return await FailAsync($"找不到文件“{Path.GetFullPath(file)}”（相对路径从 {Environment.CurrentDirectory} 算起）。");
        if (new FileInfo(file).Length > FoundingWorkbook.MaxUploadBytes)
            return await FailAsync($"表格不能超过 {FoundingWorkbook.MaxUploadBytes / 1024 / 1024} MB：一份名单不会这么大，请检查是否选错了文件。");
        if (await TownAsync(services, town) is not { } profile) return 1;

        var fileName = Path.GetFileName(file);
        var read = FoundingWorkbook.Read(await File.ReadAllBytesAsync(file), fileName);
        var store = services.GetRequiredService<IDocumentStore>();
        var time = services.GetRequiredService<TimeProvider>();
        FoundingCheck? check = null;
        if (!(read.Problems.Count > 0 && read.Sheets.IsEmpty))
        {
            await using var query = store.QuerySession(profile.Id);
            check = await FoundingCheck.RunAsync(query, read.Checkable, kinds, time.Today(), CancellationToken.None);
        }
        IReadOnlyList<RowProblem> problems = [.. read.Problems, .. check?.Problems ?? []];
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await Console.Error.WriteLineAsync(problem.ToString().InProse());
            return await FailAsync($"{fileName}：发现 {problems.Count} 处问题，没有保存任何内容。");
        }
        if (check is not { HasWork: true }) return await FailAsync($"{fileName}：表格中的内容都已登记，没有要导入的。");
        foreach (var unit in check.Roster.NewUnits.Where(u => !u.FromSheet))
            Console.WriteLine($"登记单位：{unit.Name}（{unit.Kind.Chinese()}{(unit.KindGuessed ? "，按名称推测；如不对请加 --unit-kind " + unit.Name + "=类别" : "")}）");

        await using var session = store.LightweightSession(profile.Id);
        var result = await ImportFoundingRosterHandler.Handle(new ImportFoundingRoster(read.Sheets, kinds, fileName,
            new StepBy(Guid.Empty, "命令行（roster import）", time.GetUtcNow())), session, time, CancellationToken.None);
        if (!result.Succeeded) return await FailAsync(result.Refusal!.InProse());
        await session.SaveChangesAsync();
        Console.WriteLine($"{profile.Id}：已导入 {fileName}：{check.Summary()}");
        return 0;
    }

    private static async Task<TownProfile?> TownAsync(IServiceProvider services, string? code)
    {
        var towns = await services.GetRequiredService<TownDirectory>().AllAsync(CancellationToken.None);
        if (code is null && towns.Count == 1) return towns[0];
        if (code is not null && towns.FirstOrDefault(t => t.Id == code) is { } town) return town;
        await Console.Error.WriteLineAsync(code is null
            ? $"有多个镇街，请用 --town 指定：{string.Join("、", towns.Select(t => $"{t.Id}（{t.TownName}）"))}"
            : $"镇街“{code}”不存在（towns list 列出全部镇街）。");
        return null;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 1;
    }
}
