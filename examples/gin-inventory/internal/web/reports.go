package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	htmltemplate "html/template"
	"net/http"
	"os"
	"path/filepath"
	texttemplate "text/template"

	"github.com/gin-gonic/gin"
)

const stockReportSource = `<h1>{{.Title}}</h1>
<table>{{range .Items}}<tr><td>{{.SKU}}</td><td>{{.Name}}</td><td>{{.Location}}</td><td>{{.Quantity}}</td></tr>{{end}}</table>`

// The on-screen report began as the CSV export's template, hence text/template;
// the printable copy was added later with html/template.
var (
	stockReportText = texttemplate.Must(texttemplate.New("stock").Parse(stockReportSource))
	stockReportHTML = htmltemplate.Must(htmltemplate.New("stock").Parse(stockReportSource))
)

// Thermal printers take ZPL; one layout per label size.
var labelLayouts = map[string]string{
	"small": "^XA^FO20,20^A0N,30,30^FD{{.SKU}}^FS^FO20,60^BCN,60^FD{{.SKU}}^FS^XZ",
	"large": "^XA^FO30,30^A0N,40,40^FD{{.Name}}^FS^FO30,90^A0N,30,30^FD{{.Location}}^FS^FO30,140^BCN,80^FD{{.SKU}}^FS^XZ",
}

func (a *App) printableStockReport(c *gin.Context) {
	items, err := a.Store.Search(c.Request.Context(), "", "stock")
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Header("Content-Type", "text/html; charset=utf-8")
	// plumb-ok: xss
	stockReportHTML.Execute(c.Writer, gin.H{"Title": c.DefaultQuery("title", "Stock report"), "Items": items})
}

func (a *App) stockReport(c *gin.Context) {
	items, err := a.Store.Search(c.Request.Context(), "", "stock")
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Header("Content-Type", "text/html; charset=utf-8")
	// plumb-expect: xss
	stockReportText.Execute(c.Writer, gin.H{"Title": c.DefaultQuery("title", "Stock report"), "Items": items})
}

func (a *App) printLabel(c *gin.Context) {
	layout, ok := labelLayouts[c.PostForm("size")]
	if !ok {
		layout = labelLayouts["small"]
	}
	// plumb-ok: template-injection
	tmpl, err := texttemplate.New("label").Parse(layout)
	a.renderLabel(c, tmpl, err)
}

// previewCustomLabel lets warehouse leads try out their own ZPL layouts.
func (a *App) previewCustomLabel(c *gin.Context) {
	// plumb-expect: template-injection
	tmpl, err := texttemplate.New("custom").Parse(c.PostForm("zpl"))
	a.renderLabel(c, tmpl, err)
}

func (a *App) renderLabel(c *gin.Context, tmpl *texttemplate.Template, parseErr error) {
	if parseErr != nil {
		c.String(http.StatusBadRequest, "invalid layout")
		return
	}
	item, ok := a.itemFromPath(c)
	if !ok {
		return
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, item); err != nil {
		c.AbortWithError(http.StatusBadRequest, err)
		return
	}
	c.Data(http.StatusOK, "application/zpl", buf.Bytes())
}

func (a *App) downloadExport(c *gin.Context) {
	// plumb-expect: path-traversal
	c.File(filepath.Join(a.ExportDir, c.Query("file")))
}

func (a *App) exportAttachment(c *gin.Context) {
	name := c.Param("name")
	// plumb-ok: path-traversal
	data, err := os.ReadFile(filepath.Join(a.ExportDir, filepath.Base(name)))
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	// plumb-ok: weak-hash
	sum := sha256.Sum256(data)
	c.Header("ETag", `"`+hex.EncodeToString(sum[:12])+`"`)
	// net/http turns CR and LF in header values into spaces when it writes them
	// plumb-ok: header-injection
	c.Header("Content-Disposition", "attachment; filename="+name)
	c.Data(http.StatusOK, "text/csv; charset=utf-8", data)
}

// manualPage serves the Markdown user manual: /manual?topic=receiving/returns
func (a *App) manualPage(c *gin.Context) {
	topic := filepath.Clean(c.Query("topic"))
	// plumb-expect: path-traversal
	page, err := os.ReadFile(filepath.Join(a.ManualDir, topic+".md"))
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.Data(http.StatusOK, "text/markdown; charset=utf-8", page)
}
