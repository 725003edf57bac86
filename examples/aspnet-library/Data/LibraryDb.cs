using Microsoft.EntityFrameworkCore;

namespace Library.Data;

public class Book
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Author { get; set; } = "";
    public int Year { get; set; }
}

public class LibraryDb : DbContext
{
    public LibraryDb(DbContextOptions<LibraryDb> options) : base(options)
    {
    }

    public DbSet<Book> Books { get; set; }
}
