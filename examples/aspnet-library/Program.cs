using Library.Data;
using Library.Services;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddDbContext<LibraryDb>(options =>
    options.UseSqlServer(builder.Configuration.GetConnectionString("Library")));
builder.Services.AddScoped<BookRepository>();
builder.Services.AddSingleton<CoverStore>();

var app = builder.Build();
app.MapControllers();

app.MapGet("/health", () => Results.Ok("up"));

app.MapGet("/covers/{name}", (string name, CoverStore covers) =>
{
    var bytes = covers.Load(name);
    return Results.Bytes(bytes, "image/png");
});

app.MapGet("/login", (string returnUrl) =>
{
    // plumb-ok: open-redirect
    return Results.LocalRedirect(returnUrl);
});

app.MapGet("/out", (string next) =>
{
    // plumb-expect: open-redirect
    return Results.Redirect(next);
});

app.Run();
