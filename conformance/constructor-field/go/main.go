package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
)

type Setting struct {
	value string
}

func NewSetting(value string) *Setting {
	return &Setting{value: value}
}

func (s *Setting) Value() string {
	return s.value
}

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
	fixed := NewSetting("localhost")
	requested := NewSetting(host)
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+fixed.Value()).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+requested.Value()).Run()

	legacy := NewSetting("MD5")
	strong := NewSetting("SHA-256")
	// plumb-expect: weak-hash
	newHash(legacy.Value()).Sum(nil)
	// plumb-ok: weak-hash
	newHash(strong.Value()).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
