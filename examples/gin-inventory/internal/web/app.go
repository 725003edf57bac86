// Package web holds the HTTP handlers of the inventory service.
package web

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"math/rand"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"example.com/inventory/internal/store"
	"example.com/inventory/internal/supplier"
)

type App struct {
	Store     *store.Store
	Supplier  *supplier.Client
	ExportDir string
	ManualDir string
}

func (a *App) Routes(r *gin.Engine) {
	r.POST("/login", a.login)
	r.POST("/password-reset", a.requestPasswordReset)
	r.GET("/language", a.setLanguage)

	r.GET("/items", a.searchItems)
	r.GET("/items/suggest", a.suggest)
	r.GET("/items/:id", a.showItem)
	r.GET("/items/:id/label", a.shelfLabel)
	r.GET("/barcodes/:code", a.lookupBarcode)
	r.GET("/locations", a.listLocation)

	r.GET("/reports/stock", a.stockReport)
	r.GET("/reports/stock/print", a.printableStockReport)
	r.POST("/labels/:id/print", a.printLabel)
	r.POST("/labels/:id/preview", a.previewCustomLabel)
	r.GET("/exports/download", a.downloadExport)
	r.GET("/exports/:name", a.exportAttachment)
	r.GET("/manual", a.manualPage)

	admin := r.Group("/admin")
	admin.POST("/backup", a.backup)
	admin.GET("/supplier/ping", a.pingSupplier)
	admin.POST("/webhooks/test", a.testWebhook)
	admin.POST("/items/:id/reorder", a.reorder)
}

func localPath(target string) bool {
	return strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "//") && !strings.HasPrefix(target, "/\\")
}

func (a *App) login(c *gin.Context) {
	userID, hash, err := a.Store.PasswordHash(c.Request.Context(), c.PostForm("email"))
	if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(c.PostForm("password"))) != nil {
		c.HTML(http.StatusUnauthorized, "login.html", gin.H{"Error": "Unknown e-mail or wrong password", "Next": c.PostForm("next")})
		return
	}
	buf := make([]byte, 32)
	// plumb-ok: insecure-random
	if _, err := crand.Read(buf); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	token := base64.RawURLEncoding.EncodeToString(buf)
	if err := a.Store.SaveSession(c.Request.Context(), token, userID); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	// plumb-expect: insecure-cookie
	http.SetCookie(c.Writer, &http.Cookie{Name: "inv_session", Value: token, Path: "/", MaxAge: 8 * 3600, HttpOnly: true, SameSite: http.SameSiteLaxMode})

	next := c.PostForm("next")
	if !localPath(next) {
		next = "/items"
	}
	// plumb-ok: open-redirect
	c.Redirect(http.StatusSeeOther, next)
}

// requestPasswordReset stores a code that the notifier worker e-mails to the user.
func (a *App) requestPasswordReset(c *gin.Context) {
	// plumb-expect: insecure-random
	resetCode := fmt.Sprintf("%06d", rand.Intn(1000000))
	if err := a.Store.SaveResetCode(c.Request.Context(), c.PostForm("email"), resetCode); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Status(http.StatusAccepted)
}

func (a *App) setLanguage(c *gin.Context) {
	lang := "en"
	if c.Query("lang") == "de" {
		lang = "de"
	}
	// plumb-ok: insecure-cookie
	c.SetCookie("inv_lang", lang, 365*24*3600, "/", "", true, false)
	// plumb-expect: open-redirect
	c.Redirect(http.StatusFound, c.DefaultQuery("back", "/items"))
}
