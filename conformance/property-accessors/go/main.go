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

type Option struct {
	value string
}

func NewOption(initial string) *Option {
	return &Option{value: initial}
}

func (o *Option) Value() string {
	return o.value
}

func (o *Option) SetValue(value string) {
	o.value = value
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
	fixed := NewOption("localhost")
	requested := NewOption("localhost")
	requested.SetValue(host)
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+fixed.Value()).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+requested.Value()).Run()

	legacy := NewOption("SHA-256")
	legacy.SetValue("MD5")
	strong := NewOption("SHA-256")
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
