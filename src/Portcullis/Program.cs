using Portcullis.Commands;
using Portcullis.Hosting;

namespace Portcullis;

/// <summary>The <c>portcullis</c> executable: one command per job (docs/adr/0001-one-executable.md).</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static Task<int> Main(string[] args) =>
        TestHostArguments.AreAll(args)
            ? PortcullisWebHost.RunUnderTestHostAsync(args)
            : PortcullisCommandLine.InvokeAsync(args, Console.Out, Console.Error);
}
