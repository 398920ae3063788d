using System.Data.Common;
using System.Globalization;

namespace Portcullis.Data.Storage;

/// <summary>
/// Where the data lives, read from <c>--database</c> or <c>PORTCULLIS_DATABASE</c>: a SQLite file
/// path (or <c>Data Source=...</c>), a PostgreSQL connection string (<c>Host=...</c>) or a
/// <c>postgres://user:password@host:port/database</c> URL. Nothing given means the embedded default.
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/portcullis.db";

    public const string EnvironmentVariable = "PORTCULLIS_DATABASE";

    public static DatabaseLocation Parse(string? value, string baseDirectory)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Sqlite(Path.Combine(baseDirectory, DefaultSqlitePath));
        }

        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseLocation(DatabaseProvider.PostgreSql, FromUrl(text));
        }

        if (LooksLikeKeywords(text, out var keywords))
        {
            if (keywords.ContainsKey("Host") || keywords.ContainsKey("Server"))
            {
                return new DatabaseLocation(DatabaseProvider.PostgreSql, text);
            }

            if (keywords.TryGetValue("Data Source", out var source) || keywords.TryGetValue("DataSource", out source))
            {
                var path = Path.GetFullPath(Convert.ToString(source, CultureInfo.InvariantCulture)!, baseDirectory);
                keywords["Data Source"] = path;
                return new DatabaseLocation(DatabaseProvider.Sqlite, keywords.ConnectionString);
            }

            throw new FormatException($"'{Redact(text)}' is neither a PostgreSQL connection string (Host=...) nor a SQLite one (Data Source=...).");
        }

        return Sqlite(Path.GetFullPath(text, baseDirectory));
    }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? SqliteFile =>
        Provider == DatabaseProvider.Sqlite
            ? Convert.ToString(new DbConnectionStringBuilder { ConnectionString = ConnectionString }["Data Source"], CultureInfo.InvariantCulture)
            : null;

    /// <summary>For logs and messages: the connection string without its password.</summary>
    public override string ToString() => $"{Provider}: {Redact(ConnectionString)}";

    private static DatabaseLocation Sqlite(string fullPath) =>
        new(DatabaseProvider.Sqlite, new DbConnectionStringBuilder { ["Data Source"] = fullPath, ["Pooling"] = true }.ConnectionString);

    private static bool LooksLikeKeywords(string text, out DbConnectionStringBuilder keywords)
    {
        keywords = new DbConnectionStringBuilder();
        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            keywords.ConnectionString = text;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new DbConnectionStringBuilder
        {
            ["Host"] = uri.Host,
            ["Port"] = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            ["Database"] = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder["Username"] = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder["Password"] = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder.ConnectionString;
    }

    private static string Redact(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in new[] { "Password", "Pwd" })
            {
                if (builder.ContainsKey(key))
                {
                    builder[key] = "***";
                }
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
