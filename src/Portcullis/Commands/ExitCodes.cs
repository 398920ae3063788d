namespace Portcullis.Commands;

/// <summary>The exit codes of every command (sysexits.h's EX_DATAERR for bad input).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 65;
}
