using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Library.Data;

public class BookRepository
{
    private readonly LibraryDb _db;
    private readonly string _connectionString;

    public BookRepository(LibraryDb db, IConfiguration configuration)
    {
        _db = db;
        _connectionString = configuration.GetConnectionString("Library") ?? "";
    }

    public List<Book> ByAuthor(string author)
    {
        // plumb-expect: sql-injection
        return _db.Books.FromSqlRaw("SELECT * FROM Books WHERE Author = '" + author + "'").ToList();
    }

    public List<Book> ByTitle(string title)
    {
        // plumb-ok: sql-injection
        return _db.Books.FromSqlInterpolated($"SELECT * FROM Books WHERE Title = {title}").ToList();
    }

    public IEnumerable<Book> Published(int year, string orderBy)
    {
        using var connection = new SqlConnection(_connectionString);
        // plumb-ok: sql-injection
        var books = connection.Query<Book>("SELECT * FROM Books WHERE Year = @year", new { year });
        var column = orderBy == "title" ? "Title" : "Year";
        // plumb-ok: sql-injection
        return connection.Query<Book>("SELECT * FROM Books ORDER BY " + column);
    }

    public int Count(string shelf)
    {
        using var connection = new SqlConnection(_connectionString);
        using var command = connection.CreateCommand();
        // plumb-expect: sql-injection
        command.CommandText = "SELECT COUNT(*) FROM Books WHERE Shelf = '" + shelf + "'";
        connection.Open();
        return (int)(command.ExecuteScalar() ?? 0);
    }
}
