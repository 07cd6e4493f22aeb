// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dapp

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// PriceOracleMetaData contains all meta data concerning the PriceOracle contract.
var PriceOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"label_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sources\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hub\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"label\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastTask\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"value_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sources_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updates_\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"taskid_\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sources\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updatedAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updates\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"value\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "607983291c7f3a2a80b715bc2d800cd56c",
	Bin: "0x60a0604052346102a457610a0e80380380610019816102a8565b9283398101906040818303126102a4578051906001600160a01b038216908183036102a4576020810151906001600160401b0382116102a4570183601f820112156102a4578051906001600160401b03821161022257610082601f8301601f19166020016102a8565b94828652602083830101116102a457815f9260208093018388015e850101521561026e578151156102365760805280516001600160401b038111610222575f54600181811c91168015610218575b602082101461020457601f8111610197575b50602091601f8211600114610139579181925f9261012e575b50508160011b915f199060031b1c1916175f555b60405161074090816102ce823960805181818161023601526106510152f35b015190505f806100fb565b601f198216925f8052805f20915f5b85811061017f57508360019510610167575b505050811b015f5561010f565b01515f1960f88460031b161c191690555f808061015a565b91926020600181928685015181550194019201610148565b818111156100e2575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563602084106101fc575b81601f9101920160051c03905f5b8281106101ef5750506100e2565b5f828201556001016101e1565b5f91506101d3565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100d0565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152601060248201526f1bdc9858db194e881b9bc81b1858995b60821b6044820152606490fd5b60405162461bcd60e51b815260206004820152600e60248201526d37b930b1b6329d10373790343ab160911b6044820152606490fd5b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102225760405256fe6080806040526004361015610012575f80fd5b5f3560e01c908163143ce5fd1461069b575080632e0f262514610680578063365a86fc1461063c5780633fa4f2451461061657806352bfe789146105bf5780635dd80855146101e057806368a82ef6146101ba5780637519ab5014610193578063b6aff92d1461016d5763cb4774c41461008a575f80fd5b34610169575f366003190112610169576040515f5f546100a9816106b5565b808452906001811690811561014557506001146100e9575b6100e5836100d1818503826106ed565b60405191829160208352602083019061070f565b0390f35b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061012b575090915081016020016100d16100c1565b919260018160209254838588010152019101909291610113565b60ff191660208086019190915291151560051b840190910191506100d190506100c1565b5f80fd5b34610169575f36600319011261016957602063ffffffff60015460801c16604051908152f35b34610169575f36600319011261016957602064ffffffffff60015460a01c16604051908152f35b34610169575f36600319011261016957602063ffffffff60015460c81c16604051908152f35b346101695760403660031901126101695760043560243567ffffffffffffffff8111610169573660238201121561016957806004013567ffffffffffffffff8111610169578101906024820191368311610169577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610584576060908290031261016957602481013560448201359160648101359067ffffffffffffffff82116101695701928060438501121561016957602484013567ffffffffffffffff811161057057604051946102c8601f8301601f1916602001876106ed565b81865260208601926044828401011161016957815f92604460209301853786010152835190206040515f905f549181610300846106b5565b9182825260208201946001811690815f1461055457506001146104f7575b61032a925003826106ed565b519020036104ba57811515806104ac575b15610467576001600160801b0381116104225760015463ffffffff60801b8360801b169364ffffffffff60a01b4260a01b16916001600160801b0384169066ffffffffffffff60c81b161763ffffffff838288171760c81c169263ffffffff841461040e577ff9cd3d0ac65e291909e3792992187a13887de098964abd457ca959087e1bf85e9661040994600163ffffffff60c81b910160c81b169263ffffffff60c81b1916171717600155856002556040519384938452602084015260606040840152606083019061070f565b0390a2005b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601a60248201527f6f7261636c653a2076616c7565206f7574206f662072616e67650000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152601d60248201527f6f7261636c653a20626164206e756d626572206f6620736f75726365730000006044820152606490fd5b5063ffffffff82111561033b565b60405162461bcd60e51b81526020600482015260156024820152741bdc9858db194e88185b9bdd1a195c881b1858995b605a1b6044820152606490fd5b505f80805290917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b81831061053857505090602061032a9282010161031e565b6020919350806001915483858801015201910190918392610520565b60ff191686525061032a92151560051b8201602001905061031e565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152601360248201527237b930b1b6329d103737ba103a343290343ab160691b6044820152606490fd5b34610169575f3660031901126101695760a060015460025463ffffffff604051926001600160801b0381168452818160801c16602085015264ffffffffff81861c16604085015260c81c1660608301526080820152f35b34610169575f3660031901126101695760206001600160801b0360015416604051908152f35b34610169575f366003190112610169576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610169575f36600319011261016957602060405160068152f35b34610169575f366003190112610169576020906002548152f35b90600182811c921680156106e3575b60208310146106cf57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916106c4565b90601f8019910116810190811067ffffffffffffffff82111761057057604052565b805180835260209291819084018484015e5f828201840152601f01601f191601019056fea164736f6c6343000825000a",
}

// PriceOracle is an auto generated Go binding around an Ethereum contract.
type PriceOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PriceOracle) GetABI() abi.ABI {
	return c.abi
}

// NewPriceOracle creates a new instance of PriceOracle.
func NewPriceOracle() *PriceOracle {
	parsed, err := PriceOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PriceOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PriceOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address hub_, string label_) returns()
func (priceOracle *PriceOracle) PackConstructor(hub_ common.Address, label_ string) []byte {
	enc, err := priceOracle.abi.Pack("", hub_, label_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DECIMALS() view returns(uint8)
func (priceOracle *PriceOracle) PackDECIMALS() []byte {
	enc, err := priceOracle.abi.Pack("DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DECIMALS() view returns(uint8)
func (priceOracle *PriceOracle) TryPackDECIMALS() ([]byte, error) {
	return priceOracle.abi.Pack("DECIMALS")
}

// UnpackDECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e0f2625.
//
// Solidity: function DECIMALS() view returns(uint8)
func (priceOracle *PriceOracle) UnpackDECIMALS(data []byte) (uint8, error) {
	out, err := priceOracle.abi.Unpack("DECIMALS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hub() view returns(address)
func (priceOracle *PriceOracle) PackHub() []byte {
	enc, err := priceOracle.abi.Pack("hub")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hub() view returns(address)
func (priceOracle *PriceOracle) TryPackHub() ([]byte, error) {
	return priceOracle.abi.Pack("hub")
}

// UnpackHub is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (priceOracle *PriceOracle) UnpackHub(data []byte) (common.Address, error) {
	out, err := priceOracle.abi.Unpack("hub", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLabel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb4774c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function label() view returns(string)
func (priceOracle *PriceOracle) PackLabel() []byte {
	enc, err := priceOracle.abi.Pack("label")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLabel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb4774c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function label() view returns(string)
func (priceOracle *PriceOracle) TryPackLabel() ([]byte, error) {
	return priceOracle.abi.Pack("label")
}

// UnpackLabel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb4774c4.
//
// Solidity: function label() view returns(string)
func (priceOracle *PriceOracle) UnpackLabel(data []byte) (string, error) {
	out, err := priceOracle.abi.Unpack("label", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackLastTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143ce5fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastTask() view returns(bytes32)
func (priceOracle *PriceOracle) PackLastTask() []byte {
	enc, err := priceOracle.abi.Pack("lastTask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143ce5fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastTask() view returns(bytes32)
func (priceOracle *PriceOracle) TryPackLastTask() ([]byte, error) {
	return priceOracle.abi.Pack("lastTask")
}

// UnpackLastTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143ce5fd.
//
// Solidity: function lastTask() view returns(bytes32)
func (priceOracle *PriceOracle) UnpackLastTask(data []byte) ([32]byte, error) {
	out, err := priceOracle.abi.Unpack("lastTask", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest() view returns(uint256 value_, uint256 sources_, uint256 updatedAt_, uint256 updates_, bytes32 taskid_)
func (priceOracle *PriceOracle) PackLatest() []byte {
	enc, err := priceOracle.abi.Pack("latest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest() view returns(uint256 value_, uint256 sources_, uint256 updatedAt_, uint256 updates_, bytes32 taskid_)
func (priceOracle *PriceOracle) TryPackLatest() ([]byte, error) {
	return priceOracle.abi.Pack("latest")
}

// LatestOutput serves as a container for the return parameters of contract
// method Latest.
type LatestOutput struct {
	Value     *big.Int
	Sources   *big.Int
	UpdatedAt *big.Int
	Updates   *big.Int
	Taskid    [32]byte
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52bfe789.
//
// Solidity: function latest() view returns(uint256 value_, uint256 sources_, uint256 updatedAt_, uint256 updates_, bytes32 taskid_)
func (priceOracle *PriceOracle) UnpackLatest(data []byte) (LatestOutput, error) {
	out, err := priceOracle.abi.Unpack("latest", data)
	outstruct := new(LatestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Value = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Sources = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Updates = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Taskid = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (priceOracle *PriceOracle) PackReceiveResult(taskid [32]byte, result []byte) []byte {
	enc, err := priceOracle.abi.Pack("receiveResult", taskid, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (priceOracle *PriceOracle) TryPackReceiveResult(taskid [32]byte, result []byte) ([]byte, error) {
	return priceOracle.abi.Pack("receiveResult", taskid, result)
}

// PackSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6aff92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sources() view returns(uint32)
func (priceOracle *PriceOracle) PackSources() []byte {
	enc, err := priceOracle.abi.Pack("sources")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6aff92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sources() view returns(uint32)
func (priceOracle *PriceOracle) TryPackSources() ([]byte, error) {
	return priceOracle.abi.Pack("sources")
}

// UnpackSources is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6aff92d.
//
// Solidity: function sources() view returns(uint32)
func (priceOracle *PriceOracle) UnpackSources(data []byte) (uint32, error) {
	out, err := priceOracle.abi.Unpack("sources", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatedAt() view returns(uint40)
func (priceOracle *PriceOracle) PackUpdatedAt() []byte {
	enc, err := priceOracle.abi.Pack("updatedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatedAt() view returns(uint40)
func (priceOracle *PriceOracle) TryPackUpdatedAt() ([]byte, error) {
	return priceOracle.abi.Pack("updatedAt")
}

// UnpackUpdatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7519ab50.
//
// Solidity: function updatedAt() view returns(uint40)
func (priceOracle *PriceOracle) UnpackUpdatedAt(data []byte) (*big.Int, error) {
	out, err := priceOracle.abi.Unpack("updatedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updates() view returns(uint32)
func (priceOracle *PriceOracle) PackUpdates() []byte {
	enc, err := priceOracle.abi.Pack("updates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updates() view returns(uint32)
func (priceOracle *PriceOracle) TryPackUpdates() ([]byte, error) {
	return priceOracle.abi.Pack("updates")
}

// UnpackUpdates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68a82ef6.
//
// Solidity: function updates() view returns(uint32)
func (priceOracle *PriceOracle) UnpackUpdates(data []byte) (uint32, error) {
	out, err := priceOracle.abi.Unpack("updates", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fa4f245.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function value() view returns(uint128)
func (priceOracle *PriceOracle) PackValue() []byte {
	enc, err := priceOracle.abi.Pack("value")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fa4f245.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function value() view returns(uint128)
func (priceOracle *PriceOracle) TryPackValue() ([]byte, error) {
	return priceOracle.abi.Pack("value")
}

// UnpackValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fa4f245.
//
// Solidity: function value() view returns(uint128)
func (priceOracle *PriceOracle) UnpackValue(data []byte) (*big.Int, error) {
	out, err := priceOracle.abi.Unpack("value", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PriceOraclePriceUpdated represents a PriceUpdated event raised by the PriceOracle contract.
type PriceOraclePriceUpdated struct {
	Taskid  [32]byte
	Value   *big.Int
	Sources *big.Int
	Label   string
	Raw     *types.Log // Blockchain specific contextual infos
}

const PriceOraclePriceUpdatedEventName = "PriceUpdated"

// ContractEventName returns the user-defined event name.
func (PriceOraclePriceUpdated) ContractEventName() string {
	return PriceOraclePriceUpdatedEventName
}

// UnpackPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceUpdated(bytes32 indexed taskid, uint256 value, uint256 sources, string label)
func (priceOracle *PriceOracle) UnpackPriceUpdatedEvent(log *types.Log) (*PriceOraclePriceUpdated, error) {
	event := "PriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != priceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PriceOraclePriceUpdated)
	if len(log.Data) > 0 {
		if err := priceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range priceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
