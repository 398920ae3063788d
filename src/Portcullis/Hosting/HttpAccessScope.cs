using System.Security.Claims;
using Portcullis.Data.Scoping;
using Portcullis.Features.Account;

namespace Portcullis.Hosting;

/// <summary>
/// The scope of the person signed in to this request, read from the request's principal each time
/// it is asked for (and remembered per principal): the principal changes during the request, from
/// anonymous while the cookie is checked to the person once it is.
/// </summary>
internal sealed class HttpAccessScope(IHttpContextAccessor accessor) : IAccessScopeSource
{
    private ClaimsPrincipal? _principal;
    private AccessScope _scope = AccessScope.Anonymous;

    /// <summary>Where an endpoint that authenticates a machine sender (an API key) puts the scope it grants.</summary>
    public const string MachineScopeKey = "portcullis.machine-scope";

    public AccessScope Current
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null)
            {
                return AccessScope.Anonymous;
            }

            if (http.Items.TryGetValue(MachineScopeKey, out var machine) && machine is AccessScope granted)
            {
                return granted;
            }

            if (!ReferenceEquals(http.User, _principal))
            {
                _scope = PortcullisClaims.ToScope(http.User, http.Connection.RemoteIpAddress);
                _principal = http.User;
            }

            return _scope;
        }
    }
}
