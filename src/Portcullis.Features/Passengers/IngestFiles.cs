using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;

namespace Portcullis.Features.Passengers;

/// <summary>
/// Ingests message files one after the other, each in a fresh scope (a fresh database context), so a
/// day of 1,200 files does not pile up tracked rows. The command line and the demo use it.
/// </summary>
public sealed class IngestFiles(IServiceScopeFactory scopes)
{
    public async IAsyncEnumerable<(string File, Outcome<IngestMessage.Result> Outcome)> IngestAsync(
        IEnumerable<string> files, string sender, string? jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await using var scope = scopes.CreateAsyncScope();
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var outcome = await scope.ServiceProvider.GetRequiredService<IngestMessage.Handler>().HandleAsync(
                new IngestMessage.Command(bytes, sender, Path.GetFileName(file), jurisdiction), cancellationToken);
            yield return (file, outcome);
        }
    }
}
