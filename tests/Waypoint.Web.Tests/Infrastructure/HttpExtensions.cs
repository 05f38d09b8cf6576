using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Waypoint.Web.Tests.Infrastructure;

public static class HttpExtensions
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Fetches the form page first, as a browser would, and posts with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var doc = new HtmlParser().ParseDocument(html);
        var token = doc.QuerySelectorAll("input[name=__RequestVerificationToken]").Select(i => i.GetAttribute("value")).FirstOrDefault()
            ?? throw new InvalidOperationException($"No antiforgery token on {url} ({(int)page.StatusCode})");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var target = handler is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    public static async Task<IHtmlDocument> GetHtmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await response.HtmlAsync();
    }

    public static async Task<IHtmlDocument> HtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, JsonOptions);

    /// <summary>A POST with a JSON body and an If-Match header.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string ifMatch) => SendJsonAsync(client, HttpMethod.Post, url, body, ifMatch);

    /// <summary>A PUT with a JSON body and, when given, an If-Match header.</summary>
    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch = null) => SendJsonAsync(client, HttpMethod.Put, url, body, ifMatch);

    private static Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: JsonOptions) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    public static object NewPerson(string family, string given = "Test", string dob = "1990-04-12") => new
    {
        familyName = family,
        givenNames = given,
        dateOfBirth = dob,
        gender = "Male",
        indigenousStatus = "Neither",
        status = "Active",
    };

    /// <summary>A family name no other test uses, so a test can find exactly its own person.</summary>
    public static string UniqueName(string stem = "Testperson") => stem + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).ToArray());
}
