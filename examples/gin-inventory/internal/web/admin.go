package web

import (
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// backup dumps the database into /var/backups; the label tells dumps apart.
func (a *App) backup(c *gin.Context) {
	label := c.DefaultPostForm("label", time.Now().Format("20060102-150405"))
	script := "pg_dump --no-owner inventory | gzip > /var/backups/inventory-" + label + ".sql.gz"
	// plumb-expect: command-injection
	out, err := exec.CommandContext(c.Request.Context(), "sh", "-c", script).CombinedOutput()
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error(), "output": string(out)})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func (a *App) pingSupplier(c *gin.Context) {
	host := c.DefaultQuery("host", "edi.supplier.example")
	// plumb-ok: command-injection
	out, _ := exec.CommandContext(c.Request.Context(), "ping", "-c", "3", "--", host).CombinedOutput()
	c.JSON(http.StatusOK, gin.H{"output": string(out)})
}

// testWebhook sends a sample event to the URL typed into the settings page.
func (a *App) testWebhook(c *gin.Context) {
	target := c.PostForm("url")
	// plumb-expect: ssrf
	resp, err := http.Post(target, "application/json", strings.NewReader(`{"event":"inventory.test"}`))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	defer resp.Body.Close()
	c.JSON(http.StatusOK, gin.H{"status": resp.StatusCode})
}

// reorder sends a purchase order for an item to the supplier.
func (a *App) reorder(c *gin.Context) {
	quantity, err := strconv.Atoi(c.PostForm("quantity"))
	if err != nil || quantity <= 0 {
		c.String(http.StatusBadRequest, "quantity must be a positive number")
		return
	}
	item, ok := a.itemFromPath(c)
	if !ok {
		return
	}
	order := gin.H{"sku": item.SKU, "quantity": quantity, "deliver_to": "main-warehouse"}
	if err := a.Supplier.PlaceOrder(c.Request.Context(), order); err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	c.Status(http.StatusAccepted)
}
