using System.Diagnostics;

namespace Secretariat.Tests.Support;

/// <summary>Debian's LibreOffice (libreoffice-writer-nogui), headless, with a profile and a home of its own for each run.</summary>
public static class LibreOffice
{
    public static string Executable => File.Exists("/usr/bin/soffice") ? "/usr/bin/soffice"
        : throw new InvalidOperationException("/usr/bin/soffice is missing: install Debian's libreoffice-writer-nogui (.ci/run does).");

    /// <summary>Converts the files to PDF into <paramref name="outputDirectory"/> (one soffice run); returns what it printed.</summary>
    public static async Task<string> ConvertToPdfAsync(IReadOnlyList<string> files, string outputDirectory)
    {
        var home = Directory.CreateTempSubdirectory("secretariat-soffice-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false
            };
            foreach (var argument in (string[])["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation=file://{home.FullName}/profile",
                         "--convert-to", "pdf", "--outdir", outputDirectory, .. files])
                start.ArgumentList.Add(argument);
            start.Environment["HOME"] = home.FullName;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish converting within 3 minutes");
            }
            return $"exit {process.ExitCode}\n{await output}\n{await error}";
        }
        finally
        {
            try { home.Delete(true); } catch (IOException) { /* a file still held: left in the temp folder */ }
        }
    }
}
