namespace Portcullis.Api;

/// <summary>
/// The HTTP API, version 1, under <c>/api/v1</c>. Authenticated with the session cookie; answers
/// 401/403 instead of redirecting. Writes accept JSON bodies only, which a cross-site form cannot
/// send, and the cookie is SameSite=Strict: together they keep out cross-site request forgery.
/// </summary>
internal static class PortcullisApi
{
    public static void MapPortcullisApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapMe();
        v1.MapPeople();
        v1.MapReference();
        v1.MapAudit();
        v1.MapMessages();
        v1.MapFlights();
        app.MapMessageReceiver();
    }
}
