using static ItkBindGen.FilterService.Tests.BadRequestCase;

namespace ItkBindGen.FilterService.Tests;

/// <summary>The table of bad requests: each gets a 4xx problem whose detail holds the fragment.</summary>
public static class BadRequestCorpus
{
    private const string Png = "image/png", Json = "application/json", Octets = "application/octet-stream";

    private static byte[] SmallPng() => TestImages.Png(16, 12, TestImages.Ramp(16, 12));

    private static byte[] SmallMha(string header) => TestImages.MetaImage(16, 12, TestImages.Ramp(16, 12), header);

    // A PNG whose compressed pixel data (after the 2-byte zlib header) is 0xFF bytes: an invalid deflate block type.
    private static byte[] CorruptPixelData()
    {
        var png = SmallPng();
        var type = png.AsSpan().IndexOf("IDAT"u8);
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(type - 4));
        png.AsSpan(type + 4 + 2, length - 2).Fill(0xFF);
        return png;
    }

    private static string Job(string steps) => $$"""{"image": "{image}", "steps": {{steps}}}""";

    public static readonly BadRequestCase[] Cases =
    [
        new("unknown filter", "POST", "/filter/blur?radius=1", Png, SmallPng, 400, "Unknown filter 'blur'"),
        new("unknown parameter", "POST", "/filter/median?radius=1&size=3", Png, SmallPng, 400, "Unknown parameter 'size'"),
        new("out of range", "POST", "/filter/median?radius=51", Png, SmallPng, 400, "must be between 0 and 50"),
        new("negative variance", "POST", "/filter/gaussian?variance=-1", Png, SmallPng, 400, "must be between 0 and 100"),
        new("not an integer", "POST", "/filter/median?radius=1.5", Png, SmallPng, 400, "must be an integer"),
        new("not a number", "POST", "/filter/median?radius=two", Png, SmallPng, 400, "'two', which is not a number"),
        new("not finite", "POST", "/filter/gaussian?variance=NaN", Png, SmallPng, 400, "must be between"),
        new("missing parameter", "POST", "/filter/median", Png, SmallPng, 400, "Missing parameter 'radius'"),
        new("lower above upper", "POST", "/filter/threshold?lower=9&upper=1", Png, SmallPng, 400, "must not exceed upper"),
        new("unknown output format", "POST", "/filter/median?radius=1&format=tiff", Png, SmallPng, 400, "Unknown format 'tiff'"),
        new("neither PNG nor MetaImage", "POST", "/filter/median?radius=1", Octets, () => Text("GIF89a not an image"), 400, "neither a PNG"),
        new("truncated PNG", "POST", "/filter/median?radius=1", Png, () => SmallPng()[..40], 400, "Corrupt PNG"),
        new("PNG with corrupt pixel data", "POST", "/images", Png, CorruptPixelData, 400, "Corrupt PNG"),
        new("PNG too large", "POST", "/images", Png, () => TestImages.Png(600, 600, new float[600 * 600]), 413, "the limit is 262144 pixels"),
        new("MetaImage too large", "POST", "/images", Octets, () => SmallMha("NDims = 2\nDimSize = 100000 100000\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n"), 413, "the limit is"),
        new("MetaImage 3D", "POST", "/images", Octets, () => SmallMha("NDims = 3\nDimSize = 4 4 4\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n"), 400, "only 2D"),
        new("MetaImage data elsewhere", "POST", "/images", Octets, () => SmallMha("NDims = 2\nDimSize = 16 12\nElementType = MET_FLOAT\nElementDataFile = /etc/passwd\n"), 400, "ElementDataFile = LOCAL"),
        new("MetaImage bad DimSize", "POST", "/images", Octets, () => SmallMha("NDims = 2\nDimSize = 16 x\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n"), 400, "not two positive integers"),
        new("MetaImage truncated data", "POST", "/images", Octets, () => SmallMha("NDims = 2\nDimSize = 160 120\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n"), 400, "Corrupt MetaImage"),
        new("MetaImage unknown element type", "POST", "/images", Octets, () => SmallMha("NDims = 2\nDimSize = 16 12\nElementType = MET_COMPLEX\nElementDataFile = LOCAL\n"), 400, "Corrupt MetaImage"),
        new("MetaImage without ElementDataFile", "POST", "/images", Octets, () => Text("NDims = 2\nDimSize = 16 12\n"), 400, "no ElementDataFile"),
        new("empty body", "POST", "/images", Png, () => [], 400, "The body is empty"),
        new("body too large", "POST", "/images", Octets, () => new byte[ServiceFactory.MaxUploadBytes + 1], 413, "2097152 bytes"),
        new("wrong content type", "POST", "/images", "text/plain", SmallPng, 415, "Content-Type 'text/plain' is not accepted"),
        new("no content type", "POST", "/filter/median?radius=1", null, SmallPng, 415, "is not accepted here"),
        new("job as form data", "POST", "/jobs", "application/x-www-form-urlencoded", () => Text("image=1"), 415, "send application/json"),
        new("job not JSON", "POST", "/jobs", Json, () => Text("{\"image\": "), 400, "not valid JSON"),
        new("job JSON null", "POST", "/jobs", Json, () => Text("null"), 400, "JSON null"),
        new("job without image", "POST", "/jobs", Json, () => Text("""{"steps": [{"filter": "median", "parameters": {"radius": 1}}]}"""), 400, "Missing 'image'"),
        new("job of an unknown image", "POST", "/jobs", Json, () => Text("""{"image": "nope", "steps": [{"filter": "median", "parameters": {"radius": 1}}]}"""), 404, "No image with id 'nope'"),
        new("job without steps", "POST", "/jobs", Json, () => Text(Job("[]")), 400, "Missing 'steps'"),
        new("job step without filter", "POST", "/jobs", Json, () => Text(Job("""[{"parameters": {}}]""")), 400, "Step 1 has no 'filter'"),
        new("job unknown filter", "POST", "/jobs", Json, () => Text(Job("""[{"filter": "sharpen"}]""")), 400, "Unknown filter 'sharpen'"),
        new("job parameter as text", "POST", "/jobs", Json, () => Text(Job("""[{"filter": "median", "parameters": {"radius": "2"}}]""")), 400, "it must be a number"),
        new("job parameter out of range", "POST", "/jobs", Json, () => Text(Job("""[{"filter": "threshold", "parameters": {"lower": 0, "upper": 1, "inside": 300}}]""")), 400, "between 0 and 255"),
        new("job missing parameter", "POST", "/jobs", Json, () => Text(Job("""[{"filter": "gaussian", "parameters": {}}]""")), 400, "Missing parameter 'variance'"),
        new("job with too many steps", "POST", "/jobs", Json, () => Text(Job("[" + string.Join(",", Enumerable.Repeat("""{"filter": "median", "parameters": {"radius": 0}}""", 9)) + "]")), 400, "at most 8"),
        new("unknown image", "GET", "/images/nope", null, null, 404, "No image with id 'nope'"),
        new("image in an unknown format", "GET", "/images/{image}?format=tiff", null, null, 400, "Unknown format 'tiff'"),
        new("unknown job", "GET", "/jobs/nope", null, null, 404, "No job with id 'nope'"),
        new("events of an unknown job", "GET", "/jobs/nope/events", null, null, 404, "No job with id 'nope'"),
        new("result of an unknown job", "GET", "/jobs/nope/result", null, null, 404, "No job with id 'nope'"),
        new("cancel an unknown job", "DELETE", "/jobs/nope", null, null, 404, "No job with id 'nope'"),
    ];

    public static TheoryData<string> Names() => [.. Cases.Select(c => c.Name)];

    public static BadRequestCase Get(string name) => Cases.Single(c => c.Name == name);
}
