using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Npgsql;

namespace Secretariat.Web.Infrastructure.Database;

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries, so that a newcomer needs no
/// database administrator. Bound to 127.0.0.1 on a free port; the password is generated once and kept
/// beside the data with owner-only permissions. When the process runs as root the cluster runs as the
/// <c>postgres</c> user, because initdb and postgres refuse root.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    public const int MinimumMajorVersion = 14;
    public const string UserName = "secretariat";

    private readonly string _rootDirectory;
    private readonly string _binDirectory;
    private readonly string? _runAsUser;
    private bool _ownsServer;

    public int Port { get; private set; }
    public string DataDirectory => Path.Combine(_rootDirectory, "cluster");
    public string PasswordFile => Path.Combine(_rootDirectory, "password");
    public string LogFile => Path.Combine(_rootDirectory, "postgres.log");
    public string Password { get; private set; } = "";

    private EmbeddedPostgres(string rootDirectory, string binDirectory, string? runAsUser)
    {
        _rootDirectory = rootDirectory;
        _binDirectory = binDirectory;
        _runAsUser = runAsUser;
    }

    /// <summary>Starts (or joins an already running) private cluster under <paramref name="rootDirectory"/>.</summary>
    /// <exception cref="PostgresBinariesNotFoundException">No PostgreSQL 14+ server binaries on this machine.</exception>
    /// <param name="maxConnections">The server's max_connections: 200 for the app; a test run, with many hosts' pools at once, asks for more.</param>
    public static async Task<EmbeddedPostgres> StartAsync(string rootDirectory, IEnumerable<string>? searchDirectories = null,
        CancellationToken cancellationToken = default, int maxConnections = 200)
    {
        var binDirectory = FindBinaries(searchDirectories ?? DefaultSearchDirectories())
                           ?? throw new PostgresBinariesNotFoundException();
        var runAsUser = Environment.UserName == "root" || IsRoot() ? "postgres" : null;
        rootDirectory = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(rootDirectory);
        if (runAsUser is not null && !await CanUserReachAsync(runAsUser, rootDirectory))
        {
            // The postgres user cannot traverse to a checkout under e.g. /root: keep the cluster in a folder it can reach.
            var key = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(rootDirectory)))[..12].ToLowerInvariant();
            rootDirectory = Path.Combine("/var/lib/secretariat", key);
        }

        var server = new EmbeddedPostgres(rootDirectory, binDirectory, runAsUser);
        await server.StartCoreAsync(maxConnections, cancellationToken);
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = UserName, Password = Password, Database = database,
        MaxPoolSize = 100
    }.ConnectionString;

    /// <summary>Creates the database if it does not exist yet.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DropDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{database.Replace("\"", "\"\"")}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private async Task StartCoreAsync(int maxConnections, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_rootDirectory);
        if (_runAsUser is not null) await RunAsync("chown", [_runAsUser, _rootDirectory], asClusterUser: false);

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
            await InitializeClusterAsync(cancellationToken);
        Password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();

        var runningPort = await RunningPortAsync();
        if (runningPort is { } port)
        {
            // Another instance of the app already runs this cluster: share it, and leave stopping it to that instance.
            Port = port;
            _ownsServer = false;
            return;
        }

        Port = FreePort();
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections={maxConnections}";
        // In its own session: Ctrl+C in the terminal must stop the app first, and the app then stops the server.
        var result = await RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options, "start"],
            asClusterUser: true, ownSession: true);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"内置 PostgreSQL 启动失败（{_binDirectory}）：{result.Output}\n日志：{LogFile}");
        _ownsServer = true;
    }

    private async Task InitializeClusterAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', 'x').Replace('/', 'y').TrimEnd('=');
        await File.WriteAllTextAsync(PasswordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // initdb reads the password from a file the cluster user can read; it lives only for this call.
        var pwfile = Path.Combine(_rootDirectory, $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(pwfile, password, cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(pwfile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (_runAsUser is not null) await RunAsync("chown", [_runAsUser, pwfile], asClusterUser: false);
            var result = await RunAsync(Tool("initdb"),
                ["-D", DataDirectory, "-U", UserName, "-A", "scram-sha-256", "--pwfile", pwfile, "-E", "UTF8", "--locale=C.UTF-8"]);
            if (result.ExitCode != 0)
                result = await RunAsync(Tool("initdb"),
                    ["-D", DataDirectory, "-U", UserName, "-A", "scram-sha-256", "--pwfile", pwfile, "-E", "UTF8", "--no-locale"]);
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"内置 PostgreSQL 初始化失败：{result.Output}");
        }
        finally
        {
            File.Delete(pwfile);
        }
    }

    /// <summary>The port of a postmaster already running on this data folder, if any.</summary>
    private async Task<int?> RunningPortAsync()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var status = await RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "status"]);
        if (status.ExitCode != 0) return null;
        var lines = await File.ReadAllLinesAsync(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ownsServer) return;
        _ownsServer = false;
        await RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);
    }

    private string Tool(string name) => Path.Combine(_binDirectory, name);

    private Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments) =>
        RunAsync(file, arguments, asClusterUser: true);

    private async Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments, bool asClusterUser,
        bool ownSession = false)
    {
        var command = new List<string>();
        if (ownSession && SetSid is { } setsid) command.Add(setsid);
        if (asClusterUser && _runAsUser is not null) command.AddRange(["runuser", "-u", _runAsUser, "--"]);
        command.Add(file);
        command.AddRange(arguments);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
        start.WorkingDirectory = _rootDirectory;
        return await RunProcessAsync(start);
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        // pg_ctl start leaves the postmaster holding inherited pipes: read only until pg_ctl itself exits.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(2000)) is var done && stdout.IsCompleted && stderr.IsCompleted
            ? stdout.Result + stderr.Result
            : "";
        return (process.ExitCode, output.Trim());
    }

    private static readonly string? SetSid = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists);

    private static bool IsRoot() => OperatingSystem.IsLinux() && File.Exists("/proc/self/status") &&
                                    File.ReadLines("/proc/self/status").Any(l => l.StartsWith("Uid:") && l.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0");

    private static async Task<bool> CanUserReachAsync(string user, string directory)
    {
        var start = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-u", user, "--", "test", "-x", directory]) start.ArgumentList.Add(argument);
        try { return (await RunProcessAsync(start)).ExitCode == 0; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static IEnumerable<string> DefaultSearchDirectories()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            yield return dir;
        foreach (var pattern in new[] { "/usr/lib/postgresql", "/usr/local/pgsql", "/opt/homebrew/opt", "/usr/local/opt" })
        {
            if (!Directory.Exists(pattern)) continue;
            foreach (var versionDir in Directory.GetDirectories(pattern).OrderDescending())
                yield return Path.Combine(versionDir, "bin");
        }
        foreach (var dir in Directory.Exists("/usr") ? Directory.GetDirectories("/usr", "pgsql-*").OrderDescending().ToArray() : [])
            yield return Path.Combine(dir, "bin");
        yield return "/usr/local/pgsql/bin";
    }

    /// <summary>The first folder holding initdb, pg_ctl and postgres of version 14 or newer.</summary>
    public static string? FindBinaries(IEnumerable<string> searchDirectories)
    {
        foreach (var dir in searchDirectories.Distinct())
        {
            if (!File.Exists(Path.Combine(dir, "pg_ctl")) || !File.Exists(Path.Combine(dir, "initdb"))) continue;
            var real = Path.GetDirectoryName(ResolveLink(Path.Combine(dir, "pg_ctl")))!;
            if (MajorVersion(Path.Combine(real, "pg_ctl")) is >= MinimumMajorVersion) return real;
        }
        return null;
    }

    private static string ResolveLink(string path)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName ?? path;
    }

    private static int? MajorVersion(string pgCtl)
    {
        try
        {
            var start = new ProcessStartInfo(pgCtl, "--version") { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var match = VersionPattern().Match(output);
            return match.Success ? int.Parse(match.Groups[1].Value) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex VersionPattern();
}

public sealed class PostgresBinariesNotFoundException() : Exception(
    $"未找到 PostgreSQL {EmbeddedPostgres.MinimumMajorVersion} 或更新版本的服务器程序（initdb、pg_ctl），无法启动内置数据库。" + Environment.NewLine +
    "PostgreSQL server binaries (version 14+) were not found on PATH or in the usual install folders. Either:" + Environment.NewLine +
    "  - install them, e.g. `sudo apt-get install postgresql` (Debian/Ubuntu) or `brew install postgresql@16` (macOS); or" + Environment.NewLine +
    "  - run a database with `docker compose up -d db` (compose.yaml) and set" + Environment.NewLine +
    "    ConnectionStrings__Secretariat=\"Host=127.0.0.1;Port=5432;Database=secretariat;Username=secretariat;Password=secretariat\"");
