using System.Net;
using Library.Data;
using Library.Services;
using Microsoft.AspNetCore.Mvc;

namespace Library.Controllers;

public record Review(string Author, string Text, int Stars);

[ApiController]
[Route("api/books")]
public class BooksController : ControllerBase
{
    private readonly BookRepository _books;
    private readonly CoverStore _covers;
    private readonly ILogger<BooksController> _logger;

    public BooksController(BookRepository books, CoverStore covers, ILogger<BooksController> logger)
    {
        _books = books;
        _covers = covers;
        _logger = logger;
    }

    [HttpGet("by-author")]
    public IActionResult ByAuthor([FromQuery] string author)
    {
        return Ok(_books.ByAuthor(author));
    }

    [HttpGet("by-title")]
    public IActionResult ByTitle([FromQuery] string title)
    {
        return Ok(_books.ByTitle(title));
    }

    [HttpGet("published/{year}")]
    public IActionResult Published(int year, [FromQuery] string sort)
    {
        return Ok(_books.Published(year, sort));
    }

    [HttpGet("shelf/{shelf}")]
    public IActionResult Shelf(string shelf, [FromQuery] int page)
    {
        // plumb-ok: log-injection
        _logger.LogInformation("Counting a shelf, page {Page}", page);
        return Ok(_books.Count(shelf));
    }

    [HttpGet("cover")]
    public IActionResult Cover([FromQuery] string file)
    {
        return File(_covers.LoadUnchecked(file), "image/png");
    }

    [HttpPost("reviews")]
    public IActionResult Preview([FromBody] Review review)
    {
        // plumb-expect: log-injection
        _logger.LogInformation("Review posted by " + review.Author);
        // plumb-ok: xss
        var safe = Content("<blockquote>" + WebUtility.HtmlEncode(review.Text) + "</blockquote>", "text/html");
        // plumb-expect: xss
        return Content("<blockquote>" + review.Text + "</blockquote>", "text/html");
    }
}
