using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portcullis.Features.Screening;

/// <summary>
/// Builds the screening index when the web application starts, without holding up the start: until
/// it is ready, the first screening builds it (<see cref="ScreeningIndexService.CurrentAsync"/>).
/// </summary>
public sealed partial class ScreeningIndexStartup(ScreeningIndexService index, ILogger<ScreeningIndexStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.RebuildAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not fatal to the host: the first screening tries again.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The screening index could not be built at start-up; the first screening will build it")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
