package web

import (
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"example.com/inventory/internal/store"
)

func (a *App) searchItems(c *gin.Context) {
	term := c.Query("q")
	items, err := a.Store.Search(c.Request.Context(), term, c.DefaultQuery("sort", "name"))
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	// plumb-ok: xss
	c.HTML(http.StatusOK, "items.html", gin.H{"Items": items, "Term": term})
}

// suggest serves the htmx dropdown under the search box.
func (a *App) suggest(c *gin.Context) {
	term := c.Query("q")
	items, err := a.Store.Search(c.Request.Context(), term, "name")
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Header("Content-Type", "text/html; charset=utf-8")
	if len(items) > 0 {
		// plumb-ok: xss
		fmt.Fprintf(c.Writer, `<li class="header">Items matching "%s"</li>`, html.EscapeString(term))
		for _, it := range items {
			fmt.Fprintf(c.Writer, `<li><a href="/items/%d">%s</a></li>`, it.ID, html.EscapeString(it.Name))
		}
		return
	}
	// plumb-expect: xss
	fmt.Fprintf(c.Writer, `<li class="empty">No items match "%s"</li>`, term)
}

// itemFromPath loads the item named by the :id segment, or answers 404.
func (a *App) itemFromPath(c *gin.Context) (store.Item, bool) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err == nil {
		item, err := a.Store.Get(c.Request.Context(), id)
		if err == nil {
			return item, true
		}
	}
	c.Status(http.StatusNotFound)
	return store.Item{}, false
}

func (a *App) showItem(c *gin.Context) {
	if item, ok := a.itemFromPath(c); ok {
		c.HTML(http.StatusOK, "item.html", gin.H{"Item": item, "Stock": a.supplierStock(c, item.SKU)})
	}
}

func (a *App) supplierStock(c *gin.Context, sku string) int {
	n, err := a.Supplier.Stock(c.Request.Context(), sku)
	if err != nil {
		return -1
	}
	return n
}

// shelfLabel renders a printable shelf label; the note may span several lines.
func (a *App) shelfLabel(c *gin.Context) {
	item, ok := a.itemFromPath(c)
	if !ok {
		return
	}
	// plumb-expect: xss
	note := template.HTML(strings.ReplaceAll(c.Query("note"), "\n", "<br>"))
	c.HTML(http.StatusOK, "label.html", gin.H{"Item": item, "Note": note})
}

// lookupBarcode is called by the handheld scanners.
func (a *App) lookupBarcode(c *gin.Context) {
	code := c.Param("code")
	items, err := a.Store.Search(c.Request.Context(), code, "sku")
	if err != nil || len(items) == 0 {
		// plumb-expect: xss
		c.String(http.StatusNotFound, "unknown barcode %s", code)
		return
	}
	c.JSON(http.StatusOK, items[0])
}

func (a *App) listLocation(c *gin.Context) {
	items, err := a.Store.InLocation(c.Request.Context(), c.Query("prefix"))
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.JSON(http.StatusOK, items)
}
