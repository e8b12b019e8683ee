using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Secretariat.Tests.Support;

/// <summary>
/// The built app run as its own process, the way a user runs it (for the browser tests and the command line).
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public string BaseUrl { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public static string WebProjectDirectory =>
        Path.Combine(Secretariat.Web.Infrastructure.Database.Migrations.RepositoryRoot()
                     ?? throw new InvalidOperationException("Repository root not found"), "Secretariat.Web");

    /// <summary>The web app's own build output (built with the tests, since the tests reference it).</summary>
    public static string WebAssembly
    {
        get
        {
            var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))!);
            var path = Path.Combine(WebProjectDirectory, "bin", configuration, "net10.0", "Secretariat.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build Secretariat.Web first", path);
        }
    }

    public static ProcessStartInfo StartInfo(IDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = WebProjectDirectory
        };
        start.ArgumentList.Add(WebAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Hangfire__WorkerCount"] = "1";
        start.Environment["Compliance__Cron"] = AppFixture.NeverCron;
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return start;
    }

    /// <summary>Runs a command-line verb to its end; returns exit code and everything printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(IDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(environment, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Starts the web app on a free loopback port and waits until /alive answers.</summary>
    public static async Task<AppProcess> StartAsync(IDictionary<string, string> environment)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var process = Process.Start(StartInfo(environment, "--urls", baseUrl))!;
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (app._output) app._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (app._output) app._output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{app.Output}");
            try
            {
                if ((await http.GetAsync($"{baseUrl}/alive")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The app did not answer within 90 s:\n{app.Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: a graceful stop, as Ctrl+C would.
            Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }
}
