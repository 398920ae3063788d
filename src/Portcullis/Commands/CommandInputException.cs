namespace Portcullis.Commands;

/// <summary>The input given to a command is wrong: reported on one line, exit code 65.</summary>
internal sealed class CommandInputException(string message) : Exception(message);
