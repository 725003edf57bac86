package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
	"strings"
)

// newHash returns the hash registered under a JCA-style algorithm name, the
// way the service's configuration spells them.
func newHash(algorithm string) hash.Hash {
	switch algorithm {
	case "MD5":
		return md5.New()
	case "SHA-256":
		return sha256.New()
	case "SHA-512":
		return sha512.New()
	}
	panic("unsupported hash algorithm: " + algorithm)
}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	hosts := r.URL.Query().Get("hosts")
	template := "ping -c 1 HOST"
	// plumb-expect: command-injection
	exec.Command("sh", "-c", strings.ReplaceAll(template, "HOST", host)).Run()
	// plumb-ok: command-injection
	exec.Command("sh", "-c", strings.ReplaceAll(template, "HOST", "localhost")).Run()
	spaced := strings.ReplaceAll(hosts, ",", " ")
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+spaced).Run()

	legacy := strings.ReplaceAll("MD-5", "-", "")
	// plumb-expect: weak-hash
	newHash(legacy).Sum(nil)
	strong := strings.ReplaceAll("SHA_256", "_", "-")
	// plumb-ok: weak-hash
	newHash(strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
