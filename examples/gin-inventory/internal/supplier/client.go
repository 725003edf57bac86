// Package supplier talks to the wholesale supplier's stock and ordering API.
package supplier

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

func New(baseURL, apiKey string) *Client {
	return &Client{baseURL: baseURL, apiKey: apiKey, http: &http.Client{Timeout: 10 * time.Second}}
}

// Stock asks the supplier how many units of a SKU it can ship today.
func (c *Client) Stock(ctx context.Context, sku string) (int, error) {
	// plumb-ok: ssrf
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/v2/stock/"+url.PathEscape(sku), nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Available int `json:"available"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Available, err
}

// PlaceOrder sends a purchase order. The supplier's EDI gateway still
// identifies payloads by an MD5 checksum header.
func (c *Client) PlaceOrder(ctx context.Context, order any) error {
	payload, err := json.Marshal(order)
	if err != nil {
		return err
	}
	// plumb-expect: weak-hash
	sum := md5.Sum(payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v2/orders", bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("X-Payload-Checksum", hex.EncodeToString(sum[:]))
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("supplier rejected order: %s", resp.Status)
	}
	return nil
}
