using System.CommandLine;

namespace Portcullis.Commands;

/// <summary>Options shared by several commands, declared once.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Database = new("--database")
    {
        Description = "SQLite file path, PostgreSQL connection string (Host=...) or postgres:// URL. Default: PORTCULLIS_DATABASE, else ./data/portcullis.db",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write machine-readable JSON instead of text" };
}
