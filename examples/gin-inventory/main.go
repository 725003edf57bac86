// Command inventory serves the warehouse inventory API and back-office pages.
package main

import (
	"log"
	"os"

	"github.com/gin-gonic/gin"

	"example.com/inventory/internal/store"
	"example.com/inventory/internal/supplier"
	"example.com/inventory/internal/web"
)

func main() {
	db, err := store.Open(os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("open database: %v", err)
	}
	defer db.Close()

	app := &web.App{
		Store:     db,
		Supplier:  supplier.New(os.Getenv("SUPPLIER_API_URL"), os.Getenv("SUPPLIER_API_KEY")),
		ExportDir: getenv("EXPORT_DIR", "/var/lib/inventory/exports"),
		ManualDir: getenv("MANUAL_DIR", "/usr/share/inventory/manual"),
	}

	r := gin.Default()
	r.LoadHTMLGlob("templates/*.html")
	app.Routes(r)
	if err := r.Run(getenv("LISTEN_ADDR", ":8080")); err != nil {
		log.Fatal(err)
	}
}

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
