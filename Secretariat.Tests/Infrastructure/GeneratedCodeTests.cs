namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// The handlers' code is generated ahead of time and committed (Secretariat.Web/Internal/Generated): a handler added or
/// changed without regenerating it would be compiled at its first use again, or run code written for its old shape.
/// </summary>
public class GeneratedCodeTests
{
    [Fact]
    public async Task The_committed_handler_code_is_what_codegen_writes_today()
    {
        var output = Directory.CreateTempSubdirectory("secretariat-codegen-").FullName;
        try
        {
            var (exitCode, log) = await AppProcess.RunToEndAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Secretariat"] = await TestPostgres.NewDatabaseAsync("codegen"),
                ["CodeGeneration__OutputPath"] = output
            }, "codegen", "write");
            Assert.True(exitCode == 0, log);

            var committed = Path.Combine(AppProcess.WebProjectDirectory, "Internal", "Generated");
            var generated = Files(output);
            var inRepository = Files(committed);
            var problems = generated.Keys.Except(inRepository.Keys).Select(f => $"not committed: {f}")
                .Concat(inRepository.Keys.Except(generated.Keys).Select(f => $"no longer generated: {f}"))
                .Concat(generated.Keys.Intersect(inRepository.Keys).Where(f => generated[f] != inRepository[f]).Select(f => $"out of date: {f}"))
                .Order(StringComparer.Ordinal).ToList();
            Assert.True(generated.Count > 0, log);
            Assert.True(problems.Count == 0,
                "Run `dotnet run --project Secretariat.Web -- codegen write` and commit Secretariat.Web/Internal/Generated:\n" + string.Join("\n", problems));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), f => File.ReadAllText(f).ReplaceLineEndings("\n"))
            : [];
}
