// Package store reads and writes the inventory database.
package store

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/lib/pq"
)

type Item struct {
	ID       int64
	SKU      string
	Name     string
	Location string
	Quantity int
}

type Store struct {
	db *sql.DB
}

func Open(dsn string) (*Store, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, db.Ping()
}

func (s *Store) Close() error { return s.db.Close() }

const itemColumns = "id, sku, name, location, quantity"

// ORDER BY cannot take a bind parameter; callers pick one of these.
var sortOrders = map[string]string{
	"name":  "name ASC",
	"sku":   "sku ASC",
	"stock": "quantity DESC, name ASC",
}

func (s *Store) Search(ctx context.Context, term, sort string) ([]Item, error) {
	order, ok := sortOrders[sort]
	if !ok {
		order = sortOrders["name"]
	}
	// plumb-ok: sql-injection
	rows, err := s.db.QueryContext(ctx, "SELECT "+itemColumns+" FROM items WHERE name ILIKE $1 OR sku = $2 ORDER BY "+order+" LIMIT 100", "%"+term+"%", term)
	if err != nil {
		return nil, err
	}
	return scanItems(rows)
}

// InLocation lists the items stored under a location prefix: "B" (hall),
// "B-04" (aisle) or "B-04-2" (bin).
func (s *Store) InLocation(ctx context.Context, prefix string) ([]Item, error) {
	query := fmt.Sprintf("SELECT %s FROM items WHERE location LIKE '%s%%' ORDER BY location", itemColumns, prefix)
	// plumb-expect: sql-injection
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return scanItems(rows)
}

func (s *Store) Get(ctx context.Context, id int64) (Item, error) {
	var it Item
	// plumb-ok: sql-injection
	err := s.db.QueryRowContext(ctx, fmt.Sprintf("SELECT %s FROM items WHERE id = %d", itemColumns, id)).
		Scan(&it.ID, &it.SKU, &it.Name, &it.Location, &it.Quantity)
	return it, err
}

func (s *Store) PasswordHash(ctx context.Context, email string) (userID int64, hash []byte, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT id, password_hash FROM users WHERE email = $1", email).Scan(&userID, &hash)
	return userID, hash, err
}

func (s *Store) SaveSession(ctx context.Context, token string, userID int64) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO sessions (token, user_id, expires_at) VALUES ($1, $2, now() + interval '8 hours')", token, userID)
	return err
}

func (s *Store) SaveResetCode(ctx context.Context, email, code string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE users SET reset_code = $2, reset_expires_at = now() + interval '15 minutes' WHERE email = $1", email, code)
	return err
}

func scanItems(rows *sql.Rows) ([]Item, error) {
	defer rows.Close()
	var items []Item
	for rows.Next() {
		var it Item
		if err := rows.Scan(&it.ID, &it.SKU, &it.Name, &it.Location, &it.Quantity); err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, rows.Err()
}
